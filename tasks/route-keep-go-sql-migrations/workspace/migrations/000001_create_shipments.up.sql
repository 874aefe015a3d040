CREATE TABLE shipments (
  id BIGSERIAL PRIMARY KEY,
  carrier TEXT NOT NULL,
  status TEXT NOT NULL,
  weight_grams INTEGER NOT NULL
);
