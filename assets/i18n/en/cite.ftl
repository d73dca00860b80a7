# Citations, where a language cites by its own rules. English citations keep the form
# "Law 8/2005, Art 21(1)" (built in code, as records hold it); these are the same shapes.
# $instrument is the title ("Law 8/2005"), $of its form after "of" (Portuguese needs
# one: "da Lei n.º 8/2005"), numbers are digits in English and Portuguese, numerals in
# Chinese.

# Also passed: $of
cite-article = { $instrument }, Art { $article }
# Also passed: $of
cite-articles = { $instrument }, Arts { $from }–{ $to }
# Also passed: $of
cite-paragraph = { $instrument }, Art { $article }({ $paragraph })
# Also passed: $of
cite-item = { $instrument }, Art { $article }({ $item })
# Also passed: $of
cite-paragraph-item = { $instrument }, Art { $article }({ $paragraph })({ $item })
cite-part = { $instrument }, { $part }
cite-criterion = criterion { $n }
cite-criteria-range = criteria { $from } to { $to }
cite-criteria-pair = criteria { $a } and { $b }
cite-with-level = { $citation } [{ $level }]
