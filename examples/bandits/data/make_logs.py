"""Writes offer_logs.csv: logged bandit feedback with known propensities (synthetic, seed fixed).

6,000 visits; each was shown one of three offers uniformly at random (pscore = 1/3). Click rates: banner 5%;
email 10% for visitors 40 and over, 4% under 40; push 15% under 40, 3% from 40. So the best single offer is email
or push at about 7%, and the best personal rule (push if young, else email) earns about 12%.
Run: python3 make_logs.py (standard library only).
"""
import random

random.seed(11)
with open("offer_logs.csv", "w") as f:
    f.write("visit,age,young,offer,pscore,click\n")
    for i in range(6000):
        age = round(random.uniform(18, 70), 1)
        young = 1 if age < 40 else 0
        offer = random.choice(["banner", "email", "push"])
        p = {"banner": 0.05, "email": 0.04 if young else 0.10, "push": 0.15 if young else 0.03}[offer]
        click = 1 if random.random() < p else 0
        f.write(f"{i + 1},{age},{young},{offer},{round(1 / 3, 6)},{click}\n")
