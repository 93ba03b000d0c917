"""kg: entertainment news articles in, a validated linked-data graph out.

The package reads as the data flows:
read -> extract -> resolve -> map -> validate -> serialize -> query/publish.
"""

__version__ = "0.1.0"
