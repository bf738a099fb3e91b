# Reference values for the org.weakties.curve tests.
#
# Run from this directory with:  Rscript make_reference.R
# Writes the data sets quad.csv, iv.csv, logu.csv (generated here with fixed seeds) and the
# expected values reference_r.json. The Lind-Mehlum test, the turning point with its delta-method
# interval and Simonsohn's two-lines test (with an unpenalised cubic regression spline, mgcv's
# fx = TRUE, standing in for the penalised GAM smoother) are computed by hand below from their
# published definitions.
suppressPackageStartupMessages({
  library(sandwich); library(lmtest); library(AER); library(mgcv); library(jsonlite)
})
versions <- list(R = R.version.string,
                 sandwich = as.character(packageVersion("sandwich")),
                 lmtest = as.character(packageVersion("lmtest")),
                 AER = as.character(packageVersion("AER")),
                 mgcv = as.character(packageVersion("mgcv")),
                 jsonlite = as.character(packageVersion("jsonlite")))
print(versions)

# ------------------------------------------------------------------ data
set.seed(20221)
n <- 240
x <- sample(0:30, n, replace = TRUE)
z <- round(rnorm(n), 4)
cluster <- rep(1:24, length.out = n)
y <- round(1 + 0.3 * x - 0.015 * x^2 + 0.5 * z + rnorm(n, sd = 0.5 + 0.05 * x), 4)
job <- rbinom(n, 1, plogis(-2 + 0.25 * x - 0.012 * x^2 + 0.3 * z))
quad <- data.frame(x = x, y = y, job = job, z = z, cluster = cluster)
write.csv(quad, "quad.csv", row.names = FALSE, quote = FALSE)

set.seed(20222)
m <- 600
arm <- sample(0:3, m, replace = TRUE)
u <- rnorm(m)
weak <- round(3 + c(0, 1.0, -0.5, 0.3)[arm + 1] + 0.8 * u + rnorm(m), 4)
strong <- round(2 + c(0, -0.3, 0.8, 0.6)[arm + 1] + 0.5 * u + rnorm(m), 4)
ctrl <- round(runif(m), 4)
out <- round(1 + 0.5 * weak + 0.2 * strong + 0.3 * ctrl + 1.0 * u + rnorm(m), 4)
region <- rep(1:30, length.out = m)
iv <- data.frame(weak = weak, strong = strong, ctrl = ctrl, arm = arm, out = out, region = region)
write.csv(iv, "iv.csv", row.names = FALSE, quote = FALSE)

set.seed(20223)
k <- 300
lx <- round(runif(k, 1, 10), 3)
ly <- round(log(lx) + rnorm(k, sd = 0.3), 4)
logu <- data.frame(x = lx, y = ly)
write.csv(logu, "logu.csv", row.names = FALSE, quote = FALSE)

# ------------------------------------------------------------------ helpers
coefs <- function(b, V, df) {
  se <- sqrt(diag(V))
  t <- b / se
  p <- if (is.finite(df)) 2 * pt(abs(t), df, lower.tail = FALSE) else 2 * pnorm(abs(t), lower.tail = FALSE)
  list(names = names(b), estimate = unname(b), se = unname(se), statistic = unname(t), p = unname(p),
       vcov = unname(V))
}
lindmehlum <- function(b1, b2, V, xl, xh, df) {
  sl <- b1 + 2 * b2 * xl; sh <- b1 + 2 * b2 * xh
  vl <- V[1, 1] + 4 * xl^2 * V[2, 2] + 4 * xl * V[1, 2]
  vh <- V[1, 1] + 4 * xh^2 * V[2, 2] + 4 * xh * V[1, 2]
  tl <- sl / sqrt(vl); th <- sh / sqrt(vh)
  up <- function(t) if (is.finite(df)) pt(t, df, lower.tail = FALSE) else pnorm(t, lower.tail = FALSE)
  # inverted U: slope > 0 at xl and < 0 at xh; U: the reverse (intersection-union p-values)
  list(x_low = xl, x_high = xh, slope_low = sl, slope_high = sh, se_low = sqrt(vl), se_high = sqrt(vh),
       t_low = tl, t_high = th, t = min(abs(tl), abs(th)),
       p_inverted_u = max(up(tl), up(-th)), p_u = max(up(-tl), up(th)))
}
turning <- function(b1, b2, V, level = 0.95) {
  xs <- -b1 / (2 * b2)
  g <- c(-1 / (2 * b2), b1 / (2 * b2^2))
  se <- sqrt(drop(t(g) %*% V %*% g))
  zc <- qnorm(0.5 + level / 2)
  list(estimate = xs, se = se, lower = xs - zc * se, upper = xs + zc * se)
}
q7 <- function(v, p) unname(quantile(v, p, type = 7))

out_json <- list(versions = versions)

# ------------------------------------------------------------------ OLS quadratic
q <- read.csv("quad.csv")
q$x2 <- q$x^2
ols <- lm(y ~ x + x2 + z, data = q)
V <- list(CLASSICAL = vcov(ols), HC0 = vcovHC(ols, "HC0"), HC1 = vcovHC(ols, "HC1"),
          HC3 = vcovHC(ols, "HC3"), CR1 = vcovCL(ols, cluster = ~cluster, type = "HC1"))
out_json$ols <- lapply(V, function(v) coefs(coef(ols), v, ols$df.residual))
out_json$ols_r_squared <- summary(ols)$r.squared
out_json$ols_sigma <- summary(ols)$sigma
b <- coef(ols)[c("x", "x2")]
out_json$lind_mehlum_hc3 <- lindmehlum(b[1], b[2], V$HC3[c("x", "x2"), c("x", "x2")], min(q$x), max(q$x),
                                      ols$df.residual)
out_json$lind_mehlum_classical_5_25 <- lindmehlum(b[1], b[2], V$CLASSICAL[c("x", "x2"), c("x", "x2")],
                                                 5, 25, ols$df.residual)
out_json$turning_point_hc3 <- turning(b[1], b[2], V$HC3[c("x", "x2"), c("x", "x2")])
# fitted curve with z at its mean, pointwise band (t quantile, residual df)
grid <- c(0, 7.5, 15, 30)
G <- cbind(1, grid, grid^2, mean(q$z))
fit <- drop(G %*% coef(ols)); sef <- sqrt(rowSums((G %*% V$HC3) * G))
tc <- qt(0.975, ols$df.residual)
out_json$band_hc3 <- list(x = grid, fit = fit, lower = fit - tc * sef, upper = fit + tc * sef)

# step specification y = a + b1 x + b2 1[x > 10] + z
q$step <- as.numeric(q$x > 10)
st <- lm(y ~ x + step + z, data = q)
out_json$step10_hc3 <- coefs(coef(st), vcovHC(st, "HC3"), st$df.residual)

# ------------------------------------------------------------------ logit quadratic
lg <- glm(job ~ x + x2 + z, data = q, family = binomial, control = glm.control(epsilon = 1e-15, maxit = 100))
VL <- list(CLASSICAL = vcov(lg), HC0 = vcovHC(lg, "HC0"), HC1 = vcovHC(lg, "HC1"), HC3 = vcovHC(lg, "HC3"),
           CR1 = vcovCL(lg, cluster = ~cluster, type = "HC1"))
out_json$logit <- lapply(VL, function(v) coefs(coef(lg), v, Inf))
out_json$logit_deviance <- deviance(lg)
out_json$logit_null_deviance <- lg$null.deviance
bl <- coef(lg)[c("x", "x2")]
out_json$logit_lind_mehlum <- lindmehlum(bl[1], bl[2], VL$CLASSICAL[c("x", "x2"), c("x", "x2")],
                                        min(q$x), max(q$x), Inf)
out_json$logit_turning_point <- turning(bl[1], bl[2], VL$CLASSICAL[c("x", "x2"), c("x", "x2")])

# ------------------------------------------------------------------ 2SLS
d <- read.csv("iv.csv")
d$arm <- factor(d$arm)
ivm <- ivreg(out ~ weak + strong + ctrl | arm + ctrl, data = d)
VI <- list(CLASSICAL = vcov(ivm), HC0 = vcovHC(ivm, "HC0"), HC1 = vcovHC(ivm, "HC1"),
           CR1 = vcovCL(ivm, cluster = ~region, type = "HC1"))
out_json$iv <- lapply(VI, function(v) coefs(coef(ivm), v, ivm$df.residual))
naive <- lm(out ~ weak + strong + ctrl, data = d)
out_json$iv_naive_ols_classical <- coefs(coef(naive), vcov(naive), naive$df.residual)
# first stages: Wald F of the arm dummies with the same covariance estimators
fs <- list()
for (v in c("weak", "strong")) {
  f1 <- lm(as.formula(paste(v, "~ ctrl + arm")), data = d)
  f0 <- lm(as.formula(paste(v, "~ ctrl")), data = d)
  idx <- grep("^arm", names(coef(f1)))
  Vs <- list(CLASSICAL = vcov(f1), HC0 = vcovHC(f1, "HC0"), HC1 = vcovHC(f1, "HC1"),
             CR1 = vcovCL(f1, cluster = ~region, type = "HC1"))
  fs[[v]] <- lapply(Vs, function(Vf) {
    bb <- coef(f1)[idx]
    W <- drop(t(bb) %*% solve(Vf[idx, idx]) %*% bb)
    F <- W / length(idx)
    list(F = F, df1 = length(idx), df2 = f1$df.residual,
         p = pf(F, length(idx), f1$df.residual, lower.tail = FALSE),
         partial_r2 = 1 - deviance(f1) / deviance(f0))
  })
}
out_json$iv_first_stage <- fs

# ------------------------------------------------------------------ two lines (Simonsohn 2018)
reg2 <- function(x, y, xc) {
  xlow1 <- ifelse(x <= xc, x - xc, 0); xhigh1 <- ifelse(x > xc, x - xc, 0); high1 <- as.numeric(x > xc)
  xlow2 <- ifelse(x < xc, x - xc, 0); xhigh2 <- ifelse(x >= xc, x - xc, 0); high2 <- as.numeric(x >= xc)
  g1 <- glm(y ~ xlow1 + xhigh1 + high1); g2 <- glm(y ~ xlow2 + xhigh2 + high2)
  r1 <- coeftest(g1, vcov = vcovHC(g1, "HC3")); r2 <- coeftest(g2, vcov = vcovHC(g2, "HC3"))
  list(xc = xc, b1 = r1[2, 1], se1 = r1[2, 2], z1 = r1[2, 3], p1 = r1[2, 4],
       b2 = r2[3, 1], se2 = r2[3, 2], z2 = r2[3, 3], p2 = r2[3, 4],
       u_sig = as.numeric(r1[2, 1] * r2[3, 1] < 0 & r1[2, 4] < .05 & r2[3, 4] < .05))
}
twolines <- function(x, y) {
  k <- min(10, length(unique(x)))
  gm <- gam(y ~ s(x, bs = "cr", k = k, fx = TRUE))
  pr <- predict(gm, se.fit = TRUE)
  yhat <- pr$fit; yse <- pr$se.fit
  lq <- lm(y ~ x + I(x^2))
  s0 <- coef(lq)[2] + 2 * coef(lq)[3] * min(x)
  invu <- s0 > 0
  mid <- x > q7(x, .1) & x < q7(x, .9)
  xm <- x[mid]; yh <- yhat[mid]; ys <- yse[mid]
  ymost <- if (invu) max(yh) else min(yh)
  flat <- if (invu) (yh + ys > ymost) else (yh - ys < ymost)
  xflat <- xm[flat]
  rmid <- reg2(x, y, median(xflat))
  z1 <- abs(rmid$z1); z2 <- abs(rmid$z2)
  xc <- q7(xflat, z2 / (z1 + z2))
  res <- reg2(x, y, xc)
  res$shape <- if (invu) "INVERTED_U" else "U"
  res$x_most <- xm[match(ymost, yh)]
  res$flat_low <- min(xflat); res$flat_high <- max(xflat); res$mid_flat <- median(xflat)
  res$mid_z1 <- z1; res$mid_z2 <- z2
  res$knots <- k
  res
}
out_json$two_lines_quad_at_12 <- reg2(q$x, q$y, 12)
out_json$two_lines_quad <- twolines(q$x, q$y)
lu <- read.csv("logu.csv")
out_json$two_lines_logu <- twolines(lu$x, lu$y)
lu$x2 <- lu$x^2
lq <- lm(y ~ x + x2, data = lu)
out_json$lind_mehlum_logu_hc3 <- lindmehlum(coef(lq)[2], coef(lq)[3], vcovHC(lq, "HC3")[2:3, 2:3],
                                           min(lu$x), max(lu$x), lq$df.residual)

# the unpenalised cubic regression spline itself: fitted values and standard errors
gm <- gam(y ~ s(x, bs = "cr", k = 10, fx = TRUE), data = lu)
pr <- predict(gm, se.fit = TRUE)
out_json$spline_logu <- list(knots = unname(gm$smooth[[1]]$xp), fit = unname(pr$fit[1:20]),
                             se = unname(pr$se.fit[1:20]))
gq <- gam(y ~ s(x, bs = "cr", k = 10, fx = TRUE) + z, data = q)
nd <- data.frame(x = q$x[1:20], z = mean(q$z))
pq <- predict(gq, newdata = nd, se.fit = TRUE)
out_json$spline_quad_with_z <- list(knots = unname(gq$smooth[[1]]$xp), fit = unname(pq$fit),
                                    se = unname(pq$se.fit))

# ------------------------------------------------------------------ a published example
# Kleiber and Zeileis, Applied Econometrics with R (Springer 2008), section 3.6: cigarette demand
# in 1995 (Stock and Watson's CigarettesSW data shipped with AER), log(packs) on log(rprice)
# instrumented by the sales-tax difference and the real tax, log(rincome) exogenous; the book
# reports log(rprice) -1.277 and log(rincome) 0.280.
data("CigarettesSW", package = "AER")
cig <- subset(CigarettesSW, year == "1995")
cig <- data.frame(log_packs = log(cig$packs), log_rprice = log(cig$price / cig$cpi),
                  log_rincome = log(cig$income / cig$population / cig$cpi),
                  tdiff = (cig$taxs - cig$tax) / cig$cpi, rtax = cig$tax / cig$cpi)
cig[] <- lapply(cig, function(v) sprintf("%.17g", v))
write.csv(cig, "cigarettes1995.csv", row.names = FALSE, quote = FALSE)
cig <- read.csv("cigarettes1995.csv")
fm <- ivreg(log_packs ~ log_rprice + log_rincome | log_rincome + tdiff + rtax, data = cig)
out_json$cigarettes_iv <- list(CLASSICAL = coefs(coef(fm), vcov(fm), fm$df.residual),
                               HC0 = coefs(coef(fm), sandwich(fm), fm$df.residual),
                               HC1 = coefs(coef(fm), vcovHC(fm, "HC1"), fm$df.residual))

writeLines(toJSON(out_json, auto_unbox = TRUE, digits = NA, pretty = TRUE), "reference_r.json")
cat("wrote reference_r.json\n")
