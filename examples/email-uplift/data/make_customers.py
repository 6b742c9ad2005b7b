"""Writes customers.csv: a randomized email campaign with a known, uneven effect (synthetic, seed fixed).

4,000 customers; half got the email at random. Purchase probability 5% (+0.2 points per 10 of income above 35),
and the email adds 1 point, plus 12 points for customers under 35, plus 3 points for income over 50. So the true
CATE is 0.01 to 0.16 and the customers worth emailing are the young ones.
Run: python3 make_customers.py (standard library only).
"""
import random

random.seed(5)
with open("customers.csv", "w") as f:
    f.write("customer,age,income,email,purchase\n")
    for i in range(4000):
        age = random.randint(18, 75)
        income = round(random.lognormvariate(3.6, 0.4), 1)
        email = 1 if random.random() < 0.5 else 0
        base = 0.05 + 0.002 * (income - 35) / 10
        tau = 0.01 + (0.12 if age < 35 else 0.0) + (0.03 if income > 50 else 0)
        p = min(max(base + tau * email, 0), 1)
        f.write(f"{i + 1},{age},{income},{email},{1 if random.random() < p else 0}\n")
