"""Cross-check of the org.weakties.curve regressions with statsmodels.

Run from this directory with Debian's interpreter:  /usr/bin/python3 make_reference_statsmodels.py
Reads quad.csv and iv.csv (written by make_reference.R) and writes reference_statsmodels.json.
"""
import json

import numpy as np
import pandas as pd
import scipy
import statsmodels
import statsmodels.api as sm
from statsmodels.sandbox.regression.gmm import IV2SLS

print("statsmodels", statsmodels.__version__, "numpy", np.__version__, "scipy", scipy.__version__,
      "pandas", pd.__version__)

q = pd.read_csv("quad.csv")
X = sm.add_constant(pd.DataFrame({"x": q.x, "x2": q.x ** 2, "z": q.z}))


def pack(res):
    return {"estimate": list(res.params), "se": list(res.bse), "p": list(res.pvalues)}


out = {"versions": {"statsmodels": statsmodels.__version__, "numpy": np.__version__,
                    "scipy": scipy.__version__}}
ols = sm.OLS(q.y, X)
# use_t=True: t(n-k) reference distribution, as the library and R's coeftest use
out["ols"] = {
    "CLASSICAL": pack(ols.fit()),
    "HC0": pack(ols.fit(cov_type="HC0", use_t=True)),
    "HC1": pack(ols.fit(cov_type="HC1", use_t=True)),
    "HC3": pack(ols.fit(cov_type="HC3", use_t=True)),
    "CR1": pack(ols.fit(cov_type="cluster", cov_kwds={"groups": q.cluster}, use_t=True,
                        df_correction=True)),
}
# statsmodels tests clustered coefficients against t(G - 1), R's coeftest against t(n - k)
out["ols"]["CR1"]["df"] = int(q.cluster.nunique() - 1)
logit = sm.Logit(q.job, X).fit(method="newton", tol=1e-14, maxiter=100, disp=False)
out["logit"] = {"CLASSICAL": pack(logit), "deviance": float(-2 * logit.llf),
                "null_deviance": float(-2 * logit.llnull)}

d = pd.read_csv("iv.csv")
arms = pd.get_dummies(d.arm, prefix="arm", drop_first=True).astype(float)
Xi = sm.add_constant(d[["weak", "strong", "ctrl"]])
Zi = sm.add_constant(pd.concat([d[["ctrl"]], arms], axis=1))
iv = IV2SLS(d.out, Xi, Zi).fit()
out["iv"] = {"CLASSICAL": pack(iv)}

# a published example: Spector and Mazzeo (1980) teaching data shipped with statsmodels (also in
# Greene, Econometric Analysis); the statsmodels documentation reports the logit coefficients
# GPA 2.8261, TUCE 0.0952, PSI 2.3787, const -13.0213
sp = sm.datasets.spector.load_pandas().data
sp.to_csv("spector.csv", index=False, float_format="%.17g")
sp = pd.read_csv("spector.csv")
spl = sm.Logit(sp.GRADE, sm.add_constant(sp[["GPA", "TUCE", "PSI"]])).fit(
    method="newton", tol=1e-14, maxiter=100, disp=False)
out["spector_logit"] = pack(spl)
out["spector_logit"]["deviance"] = float(-2 * spl.llf)

with open("reference_statsmodels.json", "w") as f:
    json.dump(out, f, indent=1)
print("wrote reference_statsmodels.json")
