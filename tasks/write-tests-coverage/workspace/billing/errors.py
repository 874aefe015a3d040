"""The one error type of the billing rules."""


class BillingError(Exception):
    """A request the billing rules refuse. `code` is stable: API clients match on it."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
