// Terms (nhiệm kỳ) by award year. The awards of a congress year close the outgoing term
// ("nhiệm kỳ 2020–2025" is honoured in 2025), so the next term counts from the year after.
export interface Term {
  label: string;
  fromYear: number;
  toYear: number;
}

export function termOf(year: number): Term {
  // Congresses every five years: 2015, 2020, 2025, 2030…
  const start = year - ((((year - 2015) % 5) + 5) % 5 || 5);
  return { label: `${start}–${start + 5}`, fromYear: start, toYear: start + 5 };
}
