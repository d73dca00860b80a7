# Citações ao modo dos textos oficiais de Macau: alínea 3) do n.º 2 do artigo 7.º da Lei n.º 8/2005.
cite-article = artigo { $article }.º { $of }
cite-articles = artigos { $from }.º a { $to }.º { $of }
cite-paragraph = n.º { $paragraph } do artigo { $article }.º { $of }
cite-item = alínea { $item }) do artigo { $article }.º { $of }
cite-paragraph-item = alínea { $item }) do n.º { $paragraph } do artigo { $article }.º { $of }
cite-part = { $instrument }, { $part }
cite-criterion = critério { $n }
cite-criteria-range = critérios { $from } a { $to }
cite-criteria-pair = critérios { $a } e { $b }
cite-with-level = { $citation } [{ $level }]
