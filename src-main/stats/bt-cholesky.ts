// Cholesky factor, solve and inverse diagonal of a small dense positive definite matrix
// (row-major Float64Array): the Newton steps and standard errors of the Bradley-Terry fit.

/** Cholesky factor (lower, row-major, in place) of a positive definite m x m matrix. */
export function cholesky(a: Float64Array, m: number): boolean {
  for (let j = 0; j < m; j++) {
    let d = a[j * m + j]!;
    for (let k = 0; k < j; k++) d -= a[j * m + k]! ** 2;
    if (!(d > 0)) return false;
    const ljj = Math.sqrt(d);
    a[j * m + j] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = a[i * m + j]!;
      for (let k = 0; k < j; k++) s -= a[i * m + k]! * a[j * m + k]!;
      a[i * m + j] = s / ljj;
    }
  }
  return true;
}

/** Solves L L' x = b in place (b becomes x). */
export function cholSolve(l: Float64Array, m: number, b: Float64Array): void {
  for (let i = 0; i < m; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * m + k]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < m; k++) s -= l[k * m + i]! * b[k]!;
    b[i] = s / l[i * m + i]!;
  }
}

/** diag((L L')⁻¹) = column sums of squares of L⁻¹. */
export function inverseDiagonal(l: Float64Array, m: number): Float64Array {
  const diag = new Float64Array(m);
  const col = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    // Column c of L⁻¹ by forward substitution of e_c (zero above row c).
    col.fill(0, 0, c);
    for (let i = c; i < m; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * m + k]! * col[k]!;
      col[i] = s / l[i * m + i]!;
    }
    for (let i = c; i < m; i++) diag[c]! += col[i]! ** 2;
  }
  return diag;
}
