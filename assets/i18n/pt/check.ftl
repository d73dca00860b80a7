# Resultados de `farol questionnaire check`, para a equipa jurídica que escreve e mantém um
# questionário (um ficheiro RON). Cada resultado indica ficheiro, linha e coluna ($at).
# As palavras entre `acentos graves` são campos e valores do próprio ficheiro: não se traduzem.
# $owner já inclui o artigo ("a pergunta 'q1'"): use-o como sujeito, nunca depois de "de" ou "em".

## Um resultado numa linha, e a sugestão na linha seguinte
check-line-error = { $at }: erro: { $message }
check-line-warning = { $at }: aviso: { $message }
check-line-hint = {"  "}sugestão: { $hint }

## A que se refere um resultado
check-owner-question = a pergunta «{ $id }»
check-owner-section = a secção «{ $id }»
check-owner-category = a categoria «{ $id }»
check-owner-rule = a regra «{ $id }»
check-owner-obligation = a obrigação «{ $id }»
check-owner-action = a acção «{ $id }»
check-owner-transfers = a parte das transferências (`transfers`)
check-owner-screening = a parte da triagem (`screening`)
check-owner-filing = a parte da notificação e autorização (`filing`)
check-owner-screening-criterion = o critério de triagem «{ $id }»
check-owner-filing-trigger = o motivo de autorização «{ $id }»
check-owner-notification-item = o elemento da notificação «{ $id }»

## O cabeçalho
check-no-id = o questionário não tem identificador (id)
check-no-id-hint = dê-lhe um identificador curto e estável, por exemplo "macau-pdpa"
check-no-version = o questionário não tem versão
check-no-version-hint = indique uma versão como "1.0.0" e aumente-a a cada alteração
check-no-english = falta o inglês ("en") em `languages`
check-no-english-hint = o inglês é a língua de base que todos os textos devem ter
check-no-categories = não está declarada nenhuma categoria de dados
check-no-categories-hint = declare pelo menos uma categoria, por exemplo biométricos, saúde, localização
check-matrix-shape = a matriz de risco deve ter 4 linhas (gravidade) de 4 níveis (probabilidade)
check-matrix-shape-hint = escreva uma linha por nível de gravidade, de Negligenciável a Máxima, cada uma com 4 entradas
check-matrix-decreases = a matriz de risco desce quando a gravidade ou a probabilidade sobem (linha { $row }, coluna { $column })
check-matrix-decreases-hint = nenhuma linha e nenhuma coluna pode descer de Negligenciável a Máxima

## Identificadores e textos
check-empty-id = { $kind ->
    [section] uma secção tem o identificador vazio
    [question] uma pergunta tem o identificador vazio
    [category] uma categoria tem o identificador vazio
    [rule] uma regra tem o identificador vazio
    [obligation] uma obrigação tem o identificador vazio
    [action] uma acção tem o identificador vazio
   *[other] um elemento tem o identificador vazio
}
check-empty-id-hint = dê-lhe um identificador único
check-duplicate-id = { $kind ->
    [section] identificador de secção repetido «{ $id }»
    [question] identificador de pergunta repetido «{ $id }»
    [category] identificador de categoria repetido «{ $id }»
    [rule] identificador de regra repetido «{ $id }»
    [obligation] identificador de obrigação repetido «{ $id }»
    [action] identificador de acção repetido «{ $id }»
   *[other] identificador repetido «{ $id }»
}
check-duplicate-id-first-at = { $kind ->
    [section] identificador de secção repetido «{ $id }» (a primeira vez na linha { $line })
    [question] identificador de pergunta repetido «{ $id }» (a primeira vez na linha { $line })
    [category] identificador de categoria repetido «{ $id }» (a primeira vez na linha { $line })
    [rule] identificador de regra repetido «{ $id }» (a primeira vez na linha { $line })
    [obligation] identificador de obrigação repetido «{ $id }» (a primeira vez na linha { $line })
    [action] identificador de acção repetido «{ $id }» (a primeira vez na linha { $line })
   *[other] identificador repetido «{ $id }» (a primeira vez na linha { $line })
}
check-duplicate-id-hint = { $kind ->
    [section] cada secção precisa do seu próprio identificador: mude o nome de uma delas
    [question] cada pergunta precisa do seu próprio identificador: mude o nome de uma delas
    [category] cada categoria precisa do seu próprio identificador: mude o nome de uma delas
    [rule] cada regra precisa do seu próprio identificador: mude o nome de uma delas
    [obligation] cada obrigação precisa do seu próprio identificador: mude o nome de uma delas
    [action] cada acção precisa do seu próprio identificador: mude o nome de uma delas
   *[other] cada elemento precisa do seu próprio identificador: mude o nome de um deles
}
check-duplicate-in-question = { $kind ->
    [choice] { $owner } tem duas opções com o identificador «{ $id }»
    [column] { $owner } tem duas colunas com o identificador «{ $id }»
   *[other] { $owner } tem dois elementos com o identificador «{ $id }»
}
check-duplicate-in-question-hint = { $kind ->
    [choice] dê a cada opção o seu próprio identificador
    [column] dê a cada coluna o seu próprio identificador
   *[other] dê a cada elemento o seu próprio identificador
}
check-no-english-text = { $owner } não tem `{ $field }` em inglês
check-no-english-text-hint = escreva o texto em inglês; as outras línguas são extras facultativos
check-missing-translation = { $owner } não tem tradução «{ $language }» de `{ $field }`
check-missing-translation-hint = acrescente "{ $language }": "…" ao texto, ou retire «{ $language }» de `languages`

## Categorias, secções e perguntas
check-sensitive-no-reason = { $owner } é sensível mas não diz porquê
check-sensitive-no-reason-hint = preencha `because` em linguagem simples
check-sensitive-unverified = { $owner } só cita artigos não verificados para justificar a sua sensibilidade
check-sensitive-unverified-hint = cite um artigo verificado, ou nenhum
check-section-empty = a secção «{ $id }» não tem perguntas
check-section-empty-hint = acrescente perguntas ou retire a secção
check-no-choices = { $owner } não oferece nenhuma opção
check-no-choices-hint = enumere as opções, ou use outro tipo de resposta
check-min-above-max = { $owner }: o mínimo { $min } é superior ao máximo { $max }
check-min-above-max-hint = troque-os
check-no-columns = { $owner } não tem colunas
check-no-columns-hint = declare as colunas de cada linha
check-risk-no-help = { $owner } influi no modelo de risco mas não tem texto de ajuda
check-risk-no-help-hint = acrescente `help`: porque é que isto importa, em linguagem simples para quem não é jurista
check-risk-no-cite = { $owner } influi no modelo de risco mas não cita nada
check-risk-unverified-cite = { $owner } influi no modelo de risco mas só cita fontes não verificadas
check-risk-cite-hint = acrescente uma entrada `cite` de nível verificado ou confirmado: uma citação não verificada nunca altera uma pontuação
check-risk-no-example = { $owner } influi no modelo de risco mas não tem exemplo
check-risk-no-example-hint = acrescente um `example` concreto

## Citações, regras e obrigações
check-no-verified-cite = { $owner } não cita nenhum artigo verificado ou confirmado
check-rule-cite-hint = acrescente uma entrada `cite` para o artigo que justifica a regra, de nível verificado ou confirmado: uma citação não verificada nunca altera uma pontuação
check-obligation-cite-hint = uma obrigação tem de indicar o artigo que a impõe, de nível verificado ou confirmado: uma citação não verificada nunca justifica um dever
check-citation-both = a citação de { $citation } diz ao mesmo tempo `verified: false` e `level: { $level }`
check-citation-both-hint = mantenha só `level`: `verified`, `confirmed` ou `unverified`
check-evidence-is-choice = { $owner }: a prova «{ $question }» é uma opção, e não a prova de um acto
check-evidence-is-choice-hint = indique uma pergunta de tipo data, texto ou número: a data de entrega, a referência da DSPDP, o número da autorização
check-met-by-opinion = { $owner } pode dar-se por cumprida com respostas que só exprimem uma opinião
check-met-by-opinion-hint = acrescente `evidence: ["…"]` com as perguntas de data, texto ou número que provam o acto (uma data, uma referência, um número)
check-no-needs = { $owner } não diz que prova a daria por cumprida
check-no-needs-hint = preencha `needs`, por exemplo "a data de entrega e a referência da DSPDP"
check-belief-no-confirm = { $owner }: um entendimento de que não se aplica tem de dizer o que um jurista deve confirmar
check-belief-no-confirm-hint = preencha o `confirm` do entendimento

## Referências
check-did-you-mean = queria dizer «{ $id }»?
check-use-one-of = use uma destas: { $ids }
check-unknown-question = { $owner } remete para a pergunta desconhecida «{ $id }»
check-unknown-question-hint = indique uma pergunta declarada neste ficheiro
check-unknown-category = { $owner } remete para a categoria desconhecida «{ $id }»
check-unknown-category-hint = indique uma categoria declarada em `categories`
check-unknown-choice = { $owner } remete para a opção desconhecida «{ $choice }» da pergunta «{ $question }»
check-choice-of-choiceless = { $owner } testa uma opção da pergunta «{ $question }», mas esta não tem opções
check-choice-of-choiceless-hint = use `Answered`, `AtLeast` ou `Below` nas perguntas sem opções
check-not-rows = { $owner }: «{ $question }» não é uma pergunta de tabela
check-not-rows-anyrow-hint = os alvos `AnyRow` e `Rows` precisam de uma pergunta de tipo `Rows`
check-not-rows-hint = indique uma pergunta de tipo `Rows`
check-not-rows-target-hint = um alvo `Rows` precisa de uma pergunta de tipo `Rows`
check-no-such-column = { $owner }: «{ $question }» não tem a coluna «{ $column }»
check-free-text-column = { $owner }: a coluna «{ $column }» é de texto livre e não pode ser testada por opções
check-free-text-column-hint = teste uma coluna com opções
check-column-no-choice = { $owner }: a coluna «{ $column }» não tem a opção «{ $choice }»
check-not-number = { $owner }: «{ $question }» não é uma pergunta numérica
check-not-number-hint = `AtLeast` e `Below` comparam respostas numéricas
check-derived-undeclared = { $owner } testa `{ $part }`, mas o questionário não declara `{ $part }`
check-derived-undeclared-hint = declare `{ $part }: …` (ver FORMAT.md) ou retire o teste

## Efeitos
check-rule-effect-when = { $owner }: o efeito de uma regra não aceita lista `when`
check-rule-effect-when-hint = ponha a condição no `when` da própria regra
check-effect-unknown-choice = { $owner }: o efeito indica a opção desconhecida «{ $choice }»
check-effect-when-no-choices = { $owner }: `when` enumera opções, mas a pergunta não tem nenhuma
check-effect-when-no-choices-hint = deixe `when` vazio: o efeito aplica-se então a qualquer resposta
check-raise-lowers = { $owner }: um `Raise` não pode baixar um valor
check-raise-lowers-hint = use uma `Measure` para baixar o risco residual
check-raise-inert = { $owner }: um `Raise` que não altera nada
check-set-severity-or-likelihood = indique `severity` (gravidade) ou `likelihood` (probabilidade)
check-measure-raises-figure = { $owner }: uma `Measure` não pode subir um valor
check-measure-raises-figure-hint = escreva a redução como número negativo, por exemplo -0.5
check-measure-moves-nothing = { $owner }: uma `Measure` que não altera nada
check-floor-inert = { $owner }: um `Floor` que não fixa nada
check-column-not-categories = { $owner }: a coluna «{ $column }» não contém categorias de dados
check-column-not-categories-hint = indique uma coluna de tipo `Categories`

## Transferências, triagem, notificação e autorização
check-transfers-no-choice = transferências: a coluna «{ $column }» não tem a opção «{ $choice }»
check-transfers-requirement-loops = transferências: um requisito não pode ele próprio testar as transferências
check-transfers-requirement-loops-hint = teste as respostas que provam o fundamento (um registo de consentimento, uma data), e não `Transfer(…)`
check-transfers-in-force-unproven = transferências: um fundamento pode ficar em vigor sem prova
check-transfers-in-force-unproven-hint = cada alternativa `in_force` precisa de um teste `Filled("…")` sobre a coluna com a data ou a referência do acto da DSPDP
check-screening-likely-at = triagem: `likely_at` tem de ser pelo menos 1
check-screening-likely-at-hint = o WP248 considera que dois ou mais critérios tornam provável a necessidade de uma avaliação
check-declared-twice = { $owner } tem duas declarações
check-no-title = { $owner } não tem título
check-filing-notify-cite = notificação e autorização: o motivo para notificar não cita nenhum artigo verificado ou confirmado
check-filing-notify-cite-hint = cite o artigo 21.º da Lei n.º 8/2005
check-flows-undeclared = { $owner } testa fluxos de dados, mas o questionário não declara `transfers`
check-flows-undeclared-hint = declare `transfers` ou retire o teste
check-authorise-cite-hint = só se pode exigir uma autorização com base numa citação verificada ou confirmada
check-notification-no-missing = { $owner } não diz o que responder para o preencher
check-notification-no-missing-hint = preencha `missing`

## A ordem das perguntas
check-cycle = as condições de apresentação formam um ciclo: { $path }
check-cycle-hint = uma pergunta só pode depender de perguntas feitas antes dela; quebre o ciclo
check-forward = a pergunta «{ $id }» é apresentada consoante «{ $later }», que só é feita depois
check-forward-hint = passe «{ $later }» para antes de «{ $id }», ou altere a condição
check-section-scope-later = a secção «{ $section }» depende da categoria «{ $category }», cujo âmbito é decidido por «{ $question }», feita dentro ou depois dela
check-section-scope-later-hint = ponha as perguntas que decidem a categoria antes desta secção
check-never-shown = a pergunta «{ $id }» nunca pode ser apresentada: a sua condição (com a da sua secção e as das perguntas de que depende) nunca se pode verificar
check-never-shown-hint = procure uma opção ao mesmo tempo exigida e excluída, ou a dependência de uma pergunta que nunca é apresentada

## Medidas de protecção
check-measure-worse = { $owner }: uma medida de protecção pode agravar o risco: { $why }
check-measure-worse-hint = mantenha as perguntas sobre medidas (as que têm efeitos `Measure`) separadas do que sobe os valores; formule as medidas de modo que "sim" queira dizer protegido
check-measure-mixed = mistura efeitos `Measure` com efeitos `Raise` ou `Floor`
check-measure-decides-display = sobe valores, mas a sua apresentação depende da pergunta sobre a medida «{ $measure }»
check-measure-decides-rows = o seu efeito visa linhas cuja apresentação depende da pergunta sobre a medida «{ $measure }»
check-measure-negated = só baixa valores quando a pergunta sobre a medida «{ $measure }» NÃO tem uma certa resposta
check-measure-raises = sobe valores consoante a pergunta sobre a medida «{ $measure }»
check-measure-decides-scope = a sua inclusão no âmbito depende da pergunta sobre a medida «{ $measure }»
check-measure-inert = { $owner }: uma medida de protecção que nunca pode alterar nenhum valor
check-measure-inert-hint = cada categoria a que chega parte do seu mínimo nesse eixo e nada o sobe: passe a medida para o outro eixo, alargue o seu alvo, ou baixe o mínimo (ver `scoring: Scoring(sensitive_residual: …)`)
check-text-missing-language = o texto de `{ $field }` (perto de «{ $near }») não tem tradução em «{ $language }»
check-instrument-twice = o diploma «{ $name }» está listado duas vezes
check-instrument-twice-hint = mantenha uma entrada por diploma em `instruments`
check-instrument-unlisted = as citações indicam «{ $name }», que `instruments` não lista
check-instrument-unlisted-hint = acrescente-o a `instruments` com o título em cada língua, para que seja citado ao modo local
