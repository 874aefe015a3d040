package store

type Product struct {
	SKU   string
	Name  string
	Price int
}

func All() []Product { return nil }
