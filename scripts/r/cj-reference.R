# Reference Bradley-Terry fits for Concord's comparative judgement tests (test/stats/cj-*.test.ts).
#
# Regenerate (from the repository root; needs R >= 3.6 with BradleyTerry2 and jsonlite):
#
#   Rscript scripts/r/cj-reference.R
#
# It writes the simulated judgement files (medium.csv, many-samples.csv, extreme.csv) into
# test/fixtures/cj/ from fixed seeds, then reads every judgement CSV there (columns
# session,judge,left,right,winner,ms; tiny.csv is written by hand) and writes <name>.json beside
# it, and formats the JSON as the repository's Prettier does (`npx prettier --write`), which
# `npm run lint` checks. The tests read only the stored files: CI has no R.
#
# What each JSON holds:
#   samples            every sample id, in C-locale (byte) order: the factor levels of both players
#   ability, se        abilities centred to mean 0 and their standard errors: with abilities a
#                      (reference sample fixed at 0) and V = vcov(model) padded with a zero row and
#                      column for the reference, the centred abilities are P a and their covariance
#                      P V P, where P = I - 11'/n (this equals the Moore-Penrose inverse of the
#                      information matrix, the convention of src-main/stats/bradley-terry.ts)
#   reference, ability_vs_reference, se_vs_reference
#                      BradleyTerry2's own BTabilities(): first level as the reference category
#   log_likelihood     sum of log P(chosen sample wins) over the judgements (one row each)
#
# extreme.csv has samples that won or lost every comparison, where maximum likelihood does not
# exist. Its JSON follows Concord's documented rule instead: the samples that are set aside in
# turn (`layers`), BTm on the rest, then each set-aside sample placed (innermost layer first, the
# others held fixed) where its expected score over its comparisons with placed samples equals its
# score moved 0.3 of a win from the extreme (uniroot); `se` from the information matrix at those
# abilities, computed the same way as above.

suppressPackageStartupMessages({
  library(BradleyTerry2)
  library(jsonlite)
})

dir <- file.path("test", "fixtures", "cj")
if (!dir.exists(dir)) stop("run from the repository root")
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
ADJUST <- 0.3

## ---- simulated judgement files ------------------------------------------------------------

ids <- function(prefix, n) sprintf("%s%03d", prefix, seq_len(n))

# Each judgement: a random pair of distinct samples, a random side each, the winner drawn from
# the Bradley-Terry probability.
simulate <- function(session, truth, judges, per_judge) {
  rows <- list()
  for (j in judges) {
    for (k in seq_len(per_judge)) {
      pair <- sample(names(truth), 2)
      p_left <- plogis(truth[[pair[1]]] - truth[[pair[2]]])
      winner <- if (runif(1) < p_left) pair[1] else pair[2]
      rows[[length(rows) + 1]] <- data.frame(
        session = session, judge = j, left = pair[1], right = pair[2], winner = winner,
        ms = round(rlnorm(1, log(9000), 0.5)), stringsAsFactors = FALSE
      )
    }
  }
  do.call(rbind, rows)
}

# Maximum likelihood exists exactly when every sample can be reached from every other along
# "beat" arrows (Ford 1957): the win graph is strongly connected.
ml_exists <- function(d, levels) {
  n <- length(levels)
  beat <- matrix(FALSE, n, n, dimnames = list(levels, levels))
  loser <- ifelse(d$winner == d$left, d$right, d$left)
  beat[cbind(d$winner, loser)] <- TRUE
  reach <- beat | diag(n) > 0
  repeat {
    nxt <- (reach %*% reach) > 0
    if (all(nxt == reach)) break
    reach <- nxt
  }
  all(reach)
}

# The first seed from `seed` whose data has a maximum-likelihood estimate.
simulate_ml <- function(seed, make) {
  repeat {
    set.seed(seed)
    d <- make()
    if (ml_exists(d, sort(unique(c(d$left, d$right)), method = "radix"))) return(d)
    seed <- seed + 1
  }
}

write_judgements <- function(d, name) {
  write.csv(d, file.path(dir, paste0(name, ".csv")), row.names = FALSE, quote = FALSE, na = "")
}

medium <- simulate_ml(20240518, function() {
  truth <- setNames(rnorm(20, 0, 1.5), ids("S", 20))
  simulate("medium", truth, ids("J", 8), 30)
})
write_judgements(medium, "medium")

many <- simulate_ml(777, function() {
  truth <- setNames(rnorm(150, 0, 1.2), ids("W", 150))
  simulate("many", truth, ids("J", 25), 80)
})
write_judgements(many, "many-samples")

# A simulated core plus TOP (beats everyone it meets), BOTTOM (loses to everyone it meets) and
# NEXT (loses only to TOP, beats the rest): NEXT is extreme once TOP is set aside.
extreme <- local({
  core <- simulate_ml(99, function() {
    truth <- setNames(rnorm(15, 0, 1.5), ids("S", 15))
    simulate("extreme", truth, ids("J", 6), 25)
  })
  set.seed(5)
  core_ids <- sort(unique(c(core$left, core$right)), method = "radix")
  planted <- function(sample_id, opponents, wins, judge) {
    data.frame(
      session = "extreme", judge = judge,
      left = ifelse(seq_along(opponents) %% 2 == 1, sample_id, opponents),
      right = ifelse(seq_along(opponents) %% 2 == 1, opponents, sample_id),
      winner = if (wins) sample_id else opponents,
      ms = round(rlnorm(length(opponents), log(9000), 0.5)), stringsAsFactors = FALSE
    )
  }
  rbind(
    core,
    planted("TOP", c(sample(core_ids, 4), "NEXT"), TRUE, "J01"),
    planted("BOTTOM", sample(core_ids, 4), FALSE, "J02"),
    planted("NEXT", sample(core_ids, 4), TRUE, "J03")
  )
})
write_judgements(extreme, "extreme")

## ---- reference fits -----------------------------------------------------------------------

read_judgements <- function(path) {
  read.csv(path, colClasses = "character", na.strings = "")
}

# Centred abilities and their covariance from reference-category ones (see the header).
centred <- function(a_ref, v_ref) {
  n <- length(a_ref)
  p <- diag(n) - matrix(1 / n, n, n)
  list(ability = as.vector(p %*% a_ref), cov = p %*% v_ref %*% p)
}

log_lik <- function(d, ability) {
  loser <- ifelse(d$winner == d$left, d$right, d$left)
  sum(plogis(ability[d$winner] - ability[loser], log.p = TRUE))
}

# The information matrix of the centred model at `ability`, inverted through the reference
# category (the first sample) and projected: the covariance of the centred abilities.
information_cov <- function(d, ability) {
  lv <- names(ability)
  n <- length(lv)
  info <- matrix(0, n, n, dimnames = list(lv, lv))
  for (r in seq_len(nrow(d))) {
    i <- d$left[r]
    j <- d$right[r]
    w <- plogis(ability[[i]] - ability[[j]])
    w <- w * (1 - w)
    info[i, i] <- info[i, i] + w
    info[j, j] <- info[j, j] + w
    info[i, j] <- info[i, j] - w
    info[j, i] <- info[j, i] - w
  }
  v <- matrix(0, n, n)
  v[-1, -1] <- solve(info[-1, -1])
  centred(ability, v)$cov
}

# glm's vcov uses the working weights of the iterate before the last step, and its deviance
# criterion stops when the abilities still move by about 1e-7: a second fit started at the first
# one's estimates ends where the weights are those of the converged abilities.
bt_fit <- function(d, lv) {
  d$player1 <- factor(d$left, levels = lv)
  d$player2 <- factor(d$right, levels = lv)
  d$outcome <- as.integer(d$winner == d$left)
  control <- glm.control(epsilon = 1e-14, maxit = 100)
  first <- BTm(outcome, player1, player2, data = d, control = control)
  BTm(outcome, player1, player2, data = d, control = control, start = coef(first))
}

plain_reference <- function(d, name) {
  lv <- sort(unique(c(d$left, d$right)), method = "radix")
  model <- bt_fit(d, lv)
  if (!model$converged) stop(name, ": BTm did not converge")
  abil <- BTabilities(model)
  a_ref <- setNames(as.vector(abil[lv, "ability"]), lv)
  v_ref <- matrix(0, length(lv), length(lv))
  v_ref[-1, -1] <- vcov(model)
  c_fit <- centred(a_ref, v_ref)
  ability <- setNames(c_fit$ability, lv)
  # The same covariance from the information matrix directly: the two conventions agree.
  stopifnot(max(abs(information_cov(d, ability) - c_fit$cov)) < 1e-10)
  ll <- log_lik(d, ability)
  stopifnot(abs(ll - as.numeric(logLik(model))) < 1e-8)
  list(
    dataset = name, samples = lv, ability = ability, se = sqrt(diag(c_fit$cov)),
    reference = lv[1], ability_vs_reference = as.vector(abil[lv, "ability"]),
    se_vs_reference = as.vector(abil[lv, "s.e."]), log_likelihood = ll,
    judgements = nrow(d)
  )
}

# The samples that won or lost every comparison among `keep`, with their kind.
extremes <- function(d, keep) {
  live <- d[d$left %in% keep & d$right %in% keep, ]
  out <- character(0)
  for (s in keep) {
    mine <- live$left == s | live$right == s
    if (!any(mine)) next
    won <- sum(live$winner[mine] == s)
    if (won == sum(mine)) out[s] <- "won_every_comparison"
    if (won == 0) out[s] <- "lost_every_comparison"
  }
  out
}

# One sample's ability, the placed abilities fixed, with its score moved 0.3 of a win inwards.
place <- function(d, s, placed, kind) {
  mine <- (d$left == s & d$right %in% names(placed)) | (d$right == s & d$left %in% names(placed))
  opp <- ifelse(d$left[mine] == s, d$right[mine], d$left[mine])
  n <- length(opp)
  target <- if (kind == "won_every_comparison") n - ADJUST else ADJUST
  f <- function(a) sum(plogis(a - placed[opp])) - target
  uniroot(f, c(-50, 50), tol = 1e-14)$root
}

adjusted_reference <- function(d, name) {
  lv <- sort(unique(c(d$left, d$right)), method = "radix")
  keep <- lv
  layers <- list()
  repeat {
    ext <- extremes(d, keep)
    if (length(ext) == 0) break
    layers[[length(layers) + 1]] <- ext
    keep <- setdiff(keep, names(ext))
  }
  core <- d[d$left %in% keep & d$right %in% keep, ]
  core_ref <- plain_reference(core, name)
  placed <- setNames(core_ref$ability, core_ref$samples)
  for (layer in rev(layers)) {
    new <- sapply(names(layer), function(s) place(d, s, placed, layer[[s]]))
    placed <- c(placed, new)
  }
  ability <- placed[lv] - mean(placed[lv])
  cov <- information_cov(d, ability)
  kinds <- unlist(unname(layers))
  list(
    dataset = name, samples = lv, ability = unname(ability), se = sqrt(diag(cov)),
    adjusted = as.list(kinds), layers = lapply(layers, function(l) I(names(l))),
    core_ability = unname(core_ref$ability), core_samples = core_ref$samples,
    core_se = core_ref$se, log_likelihood = log_lik(d, ability), judgements = nrow(d)
  )
}

for (path in sort(Sys.glob(file.path(dir, "*.csv")), method = "radix")) {
  name <- sub("\\.csv$", "", basename(path))
  d <- read_judgements(path)
  out <- if (name == "extreme") adjusted_reference(d, name) else plain_reference(d, name)
  out$ability <- unname(out$ability)
  out$r_version <- R.version.string
  out$bradleyterry2_version <- as.character(packageVersion("BradleyTerry2"))
  write_json(out, file.path(dir, paste0(name, ".json")), auto_unbox = TRUE, digits = I(17),
             pretty = TRUE)
  cat(sprintf("%s: %d samples, %d judgements\n", name, length(out$samples), nrow(d)))
}

# The repository's lint checks every JSON file's formatting.
if (system2("npx", c("prettier", "--write", shQuote(dir)), stdout = FALSE) != 0) {
  warning("could not run npx prettier: run `npx prettier --write test/fixtures/cj` yourself")
}
