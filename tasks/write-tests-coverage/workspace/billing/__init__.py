"""Billing rules of the office-supplies shop: prices, discounts, coupons, tax and invoices."""
