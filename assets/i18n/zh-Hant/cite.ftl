# 按澳門法律文本的方式引用：第8/2005號法律第七條第二款(三)項。
cite-article = { $instrument }第{ $article }條
cite-articles = { $instrument }第{ $from }條至第{ $to }條
cite-paragraph = { $instrument }第{ $article }條第{ $paragraph }款
cite-item = { $instrument }第{ $article }條({ $item })項
cite-paragraph-item = { $instrument }第{ $article }條第{ $paragraph }款({ $item })項
cite-part = { $instrument }，{ $part }
cite-criterion = 準則 { $n }
cite-criteria-range = 準則 { $from } 至 { $to }
cite-criteria-pair = 準則 { $a } 及 { $b }
cite-with-level = { $citation }（{ $level }）
