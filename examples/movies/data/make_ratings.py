"""Writes ratings.csv: a synthetic MovieLens-shaped ratings set (public domain, generated here).

500 users rate some of 200 films from 1 to 5 stars. Each user and film has 3 hidden tastes (action, romance,
comedy); a rating is a bias plus their match plus noise, rounded to whole stars. Users rate films they are likely to
like more often, as real users do. Titles and genres come from the film's strongest tastes, so content-based
recommendation has something to read. Run: python3 make_ratings.py (standard library only, seed fixed).
"""
import csv
import random

random.seed(20261203)
GENRES = ["action", "romance", "comedy"]
WORDS = {"action": ["Fury", "Strike", "Edge", "Pursuit"], "romance": ["Letters", "Summer", "Promise", "Heart"],
         "comedy": ["Mixup", "Weekend", "Neighbours", "Holiday"]}
films = []
for f in range(200):
    taste = [random.gauss(0, 1) for _ in GENRES]
    order = sorted(range(3), key=lambda g: -taste[g])
    title = random.choice(WORDS[GENRES[order[0]]]) + " " + random.choice(WORDS[GENRES[order[1]]]) + f" {f}"
    genres = "|".join(GENRES[g] for g in order[:2] if taste[g] > -0.2) or GENRES[order[0]]
    films.append((f"m{f:03d}", taste, random.gauss(0, 0.4), title, genres))
rows = []
t = 0
for u in range(500):
    taste = [random.gauss(0, 1) for _ in GENRES]
    bias = random.gauss(0, 0.3)
    for film, ftaste, fbias, title, genres in films:
        match = sum(a * b for a, b in zip(taste, ftaste)) / 2
        if random.random() < 0.06 + 0.08 * (match > 0.3):
            t += random.randint(1, 500)
            stars = max(1, min(5, round(3.4 + bias + fbias + match + random.gauss(0, 0.6))))
            rows.append((f"u{u:03d}", film, stars, t, title, genres))
with open("ratings.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["user", "movie", "stars", "ts", "title", "genres"])
    w.writerows(rows)
print(len(rows), "ratings")
