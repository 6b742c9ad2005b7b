"""Writes campaign.csv: an email campaign with confounded targeting and a true effect of exactly 5 (synthetic).

3,000 customers. Marketing emailed those it expected to spend more: the chance of an email rises with past
purchases, loyalty membership and income. Spend depends on the same things (past purchases non-linearly) plus
exactly 5 for an email, so the naive difference is biased upwards and every adjusted estimator should find about 5.
Run: python3 make_campaign.py (standard library only, seed fixed).
"""
import math
import random

random.seed(2026)
with open("campaign.csv", "w") as f:
    f.write("customer,age,income,past_purchases,loyal,email,spend\n")
    for i in range(3000):
        age = random.randint(18, 80)
        income = round(random.lognormvariate(3.7, 0.35), 1)
        past = min(30, int(random.expovariate(1 / 5)))
        loyal = 1 if random.random() < 0.3 else 0
        z = -2.0 + 0.12 * past + 0.9 * loyal + 0.015 * (income - 40)
        email = 1 if random.random() < 1 / (1 + math.exp(-z)) else 0
        spend = (20 + 0.1 * age + 0.25 * income + 6 * math.sqrt(past) + 4 * loyal + 5 * email
                 + random.gauss(0, 6))
        f.write(f"{i + 1},{age},{income},{past},{loyal},{email},{spend:.2f}\n")
