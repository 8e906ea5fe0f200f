"""A tiny calculator package, checked by the CI pipeline in tasks.js."""


def add(a, b):
    return a + b


def mean(values):
    if not values:
        raise ValueError("mean of no values")
    return sum(values) / len(values)
