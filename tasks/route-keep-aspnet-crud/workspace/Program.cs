var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<InventoryDb>();
var app = builder.Build();
app.MapGet("/items", (InventoryDb db) => db.Items.ToList());
app.Run();
