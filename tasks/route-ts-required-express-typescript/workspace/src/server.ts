import express, { Request, Response } from "express";

const app = express();
app.get("/health", (_req: Request, res: Response) => res.json({ status: "ok" }));
app.listen(Number(process.env.PORT ?? 8080));
