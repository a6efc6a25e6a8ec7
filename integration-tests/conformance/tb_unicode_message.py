raise ValueError("ungültiger Wert: π ≈ 3.14 — 日本語")
