# O relatório em PDF (src/report). Os textos ingleses do Farol são a referência escrita pelos
# seus autores; os textos portugueses são traduções do Farol. Os textos do questionário não
# estão aqui. Comandos, nomes de ficheiros e hashes são variáveis e nunca se traduzem.

## Documento, cabeçalho e rodapé
report-document-title = Avaliação de impacto sobre a protecção de dados: { $title }
report-header-left = Farol AIPD · { $id }
report-header-signed-revision = Registo assinado, revisão { $n } · SHA-256 { $sha }…
report-header-signed = Registo assinado · SHA-256 { $sha }…
report-page = Página { $page } de { $total }
report-table-continued = { $caption } (continuação)
report-list-separator = {", "}
report-list-separator-strong = {"; "}

## Capa
report-cover-banner = AVALIAÇÃO DE IMPACTO SOBRE A PROTECÇÃO DE DADOS
report-cover-under = Nos termos da Lei da Protecção de Dados Pessoais de Macau (Lei n.º 8/2005). Questionário: { $questionnaire } (versão { $version }).
report-status-signed = REGISTO ASSINADO
report-unsigned-mark = RASCUNHO NÃO ASSINADO — não faz prova
report-cover-draft-warning = Este relatório foi feito a partir de um rascunho que qualquer pessoa com o ficheiro ainda pode alterar. Regista a avaliação tal como estava quando o rascunho foi guardado pela última vez; não prova que alguém a tenha aprovado. Assine a avaliação para a fixar num registo e faça depois o relatório a partir do registo.
report-label-assessment = Avaliação
report-label-organisation = Entidade
report-label-system = Sistema
report-label-vendor = Fornecedor
report-label-assessor = Avaliador
report-label-reviewer = Revisor
report-label-started = Início
report-label-changed = Última alteração
report-label-as-of = Relatório à data de
report-label-status = Estado
report-label-record = Registo
report-label-screening = Avaliação completa
report-label-completeness = Preenchimento
report-label-language = Língua
report-not-given = (não indicado)
report-reviewer = { $reviewer }, { $role } ({ $at })
report-reviewer-none = Ainda nenhum
report-as-of-record = { $at } (revisão { $n } do registo)
report-as-of-draft = { $at } (o rascunho tal como foi guardado pela última vez)
report-status-unsigned = Rascunho não assinado
report-status-signed-by = Assinado por { $signers }
report-signer = { $name } ({ $role })
report-status-reviewed = { $status }; apreciação: { $opinion } — { $reviewer }, { $role } ({ $at })
report-record-hash = SHA-256 { $sha }
report-record-none = Não assinado: não há registo, logo não há hash do registo
report-completeness = { $answered } das { $shown } perguntas apresentadas respondidas; { $unanswered } sem resposta, { $unsure } com a resposta «não sei»
report-language = { $language } ({ $tag })
report-overall-before = Risco global antes das medidas
report-overall-with = Risco global com as medidas
report-level-not-assessed = não avaliado (nenhum dado abrangido)
report-translation-note = De quem são estas palavras: os textos ingleses do Farol são a referência escrita pelos seus autores; os textos chineses e portugueses das perguntas e mensagens do próprio Farol são traduções do Farol. Os textos autênticos da Lei da Protecção de Dados Pessoais (Lei n.º 8/2005) são os seus textos chinês e português. As respostas são apresentadas tal como foram dadas.
report-role-assessor = avaliador
report-role-reviewer = revisor
report-role-approver = aprovador

## Resumo
report-summary = Resumo
report-what-system = O que o sistema faz
report-purposes = Finalidades: { $purposes }
report-data-touches = Os dados que trata
report-category-sensitive = { $name } (sensíveis)
report-no-data-yet = Ainda não há nenhum tipo de dados pessoais abrangido.
report-kinds-of-data = Tipos de dados: { $list }.
report-about = Titulares dos dados: { $subjects }.
report-how-many = Número de pessoas: { $volume }.
report-top-risks = Os principais riscos
report-no-drivers = Nenhuma resposta aumenta os valores de risco.
report-every-kind = todos os tipos de dados abrangidos
report-driver-question = { $because } ({ $id }: { $answer }) Afecta: { $categories }.
report-driver-rule = { $because } (regra { $id }) Afecta: { $categories }.
report-driver = { $because } Afecta: { $categories }.
report-flows-summary = Para onde vão: { $total ->
    [one] 1 destino
   *[other] { $total } destinos
}, { $outside } dos quais fora de Macau; { $without ->
    [one] 1 transferência transfronteiriça
   *[other] { $without } transferências transfronteiriças
} sem fundamento em vigor.
report-flows-summary-parts = Para onde vão: { $total ->
    [one] 1 destino
   *[other] { $total } destinos
}, { $outside } dos quais fora de Macau; { $without ->
    [one] 1 transferência transfronteiriça
   *[other] { $without } transferências transfronteiriças
} sem fundamento em vigor ({ $parts }).
report-flows-applied = { $n ->
    [one] 1 requerida, a aguardar a DSPDP
   *[other] { $n } requeridas, a aguardar a DSPDP
}
report-flows-claimed = { $n ->
    [one] 1 invocada mas sem prova
   *[other] { $n } invocadas mas sem prova
}
report-flows-no-basis = { $n } sem fundamento jurídico
report-summary-obligations = As obrigações
report-obligation-line = { $title } — { $state } [{ $cite }]
report-decisions-summary = Procedimento junto da DSPDP: { $authorise ->
    [one] 1 finalidade carece
   *[other] { $authorise } finalidades carecem
} de autorização prévia, { $notify } de notificação.
report-decisions-summary-no-ground = Procedimento junto da DSPDP: { $authorise ->
    [one] 1 finalidade carece
   *[other] { $authorise } finalidades carecem
} de autorização prévia, { $notify } de notificação; { $none ->
    [one] 1 finalidade não indica
   *[other] { $none } finalidades não indicam
} nenhum fundamento jurídico.
report-content-summary = Conteúdo da notificação: { $complete } dos { $total } elementos que deve indicar (artigo 23.º) estão completos.

## Triagem
report-screening-heading = É necessária uma avaliação completa?
report-verdict-line = { $verdict } — { $because }
report-screening-required-by = Exigida por lei: { $laws }.
report-screening-likely = Estão preenchidos { $n } critérios de triagem; { $at } ou mais tornam provável a necessidade de avaliação.
report-screening-other-sign = Nenhum critério de triagem está preenchido, mas há outro sinal de risco: { $signs }.
report-screening-may = { $n ->
    [one] Está preenchido 1 critério de triagem
   *[other] Estão preenchidos { $n } critérios de triagem
}; { $at } ou mais tornam provável a necessidade de avaliação.
report-screening-none-met = Nenhum critério de triagem está preenchido.
report-screening-unanswered = { $n ->
    [one] 1 pergunta de triagem ainda não tem resposta
   *[other] { $n } perguntas de triagem ainda não têm resposta
}: { $list }.
report-screening-required = Exigida por lei: { $title }
report-screening-required-cited = Exigida por lei: { $title } [{ $cite }]
report-screening-criterion = Critério preenchido: { $title }
report-screening-criterion-cited = Critério preenchido: { $title } [{ $cite }]
report-screening-sign = Outros sinais: { $title }
report-screening-sign-cited = Outros sinais: { $title } [{ $cite }]

## Inventário e fluxos de dados
report-inventory = Inventário e fluxos de dados
report-flows-heading = Para onde vão os dados
report-flows-intro = Todos os destinos da resposta sobre os fluxos de dados, agrupados por jurisdição. Cada linha que sai de Macau é uma transferência (Lei n.º 8/2005, artigos 19.º e 20.º), marcada com o estado do seu fundamento jurídico: a verde só quando se prova que o fundamento está em vigor (a autorização ou decisão da DSPDP com o seu número e data, ou uma notificação com a sua data). Um fundamento invocado nas respostas mas sem prova não está em vigor.
report-flows-none = Não há fluxos de dados indicados, logo não há nada a desenhar.
report-flows-no-model = Este questionário não diz como se classificam os fluxos de dados, pelo que o relatório não pode dizer quais são transferências nem com que fundamento.
report-flows-unclassified = Ver a resposta sobre os fluxos de dados: este questionário não os classifica.
report-controller = (responsável pelo tratamento)
report-zone-macau = MACAU
report-zone-mainland = INTERIOR DA CHINA
report-zone-elsewhere = OUTROS LOCAIS
report-destinations = Destinos
report-col-destination = Destino
report-col-where = Local
report-col-kinds = Tipos de dados
report-col-basis-named = Fundamento jurídico indicado
report-col-basis-state = Estado do fundamento
report-col-evidence = Prova apresentada
report-location-not-known = Local desconhecido
report-no-basis-named = (nenhum indicado)
report-no-evidence = (nenhuma)
report-not-listed-in-flows = Não consta dos fluxos de dados
report-no-data-in-scope = Nenhum tipo de dados pessoais está abrangido.
report-yes = Sim
report-no = Não
report-place = { $name } ({ $place })
report-levels = { $before } antes das medidas, { $with } com as medidas
report-data-where = Tipos de dados e onde cada um é guardado
report-col-kind = Tipo de dados
report-col-sensitive = Sensíveis
report-col-where-stored = Onde é guardado ou para onde é enviado
report-col-risk-level = Nível de risco
report-transfer-inside = Fica em Macau: não é transferência
report-transfer-in-force = Em vigor
report-transfer-applied = Requerido — a aguardar a DSPDP
report-transfer-claimed = INVOCADO, NÃO EM VIGOR
report-transfer-none = SEM FUNDAMENTO JURÍDICO
report-crossing-in-force = Em vigor
report-crossing-applied = A AGUARDAR A DSPDP
report-crossing-claimed = NÃO EM VIGOR
report-crossing-none = SEM FUNDAMENTO JURÍDICO
report-crossing-applied-for = Requerido: { $basis }
report-crossing-claimed-basis = Invocado: { $basis }
report-crossing-answer = Resposta: { $basis }

## Risco
report-risk = Risco
report-risk-intro-symmetric = Cada tipo de dados é colocado duas vezes na matriz 4×4: antes das medidas (risco inerente, marcador vazio) e com as medidas em vigor (risco residual, marcador cheio). A cor de uma célula é o seu nível de risco. Um valor entre dois níveis conta como o mais próximo do ponto de partida, pelo que um agravamento de meio nível e uma medida de meio nível movem um nível da mesma maneira.
report-risk-intro-round-up = Cada tipo de dados é colocado duas vezes na matriz 4×4: antes das medidas (risco inerente, marcador vazio) e com as medidas em vigor (risco residual, marcador cheio). A cor de uma célula é o seu nível de risco. Um valor entre dois níveis conta como o mais elevado.
report-nothing-to-place = Nenhum tipo de dados pessoais está abrangido, logo não há nada a colocar.
report-axis-severity = GRAVIDADE
report-axis-likelihood = PROBABILIDADE
report-legend-inherent = antes das medidas (inerente)
report-legend-residual = com as medidas (residual)
report-map-key = { $n }  { $name }
report-why-figures = Porque é que cada valor é o que é
report-category-head = { $n }  { $name } — antes das medidas { $inherent }, com as medidas { $residual }
report-category-head-sensitive = { $n }  { $name } (sensíveis) — antes das medidas { $inherent }, com as medidas { $residual }
report-above = Com as medidas: { $level }, { $steps } acima de { $next }.
report-above-held = Com as medidas: { $level }, { $steps } acima de { $next }, mantido por um limite mínimo: só a eliminação da sua causa o baixa.
report-gain-lowers = Baixá-lo-ia: { $action } — { $now } → { $then }.
report-gain-closer = Aproximá-lo-ia: { $action } — { $steps } mais perto do nível abaixo.
report-severity-before = Gravidade antes das medidas: { $figure }
report-severity-with = Gravidade com as medidas: { $figure }
report-likelihood-before = Probabilidade antes das medidas: { $figure }
report-likelihood-with = Probabilidade com as medidas: { $figure }
report-no-change = sem alteração
report-no-measure-lowers = Nenhuma medida em vigor o baixa.
report-based-question = { $id }: { $answer }
report-based-rule = regra { $id }
report-based-category = o tipo de dados
report-based-inherent = o valor antes das medidas
report-col-figure = Valor
report-col-step = Passo
report-col-why = Porquê
report-col-based-on = Com base em

## Obrigações
report-citation-legend = [confirmado junto da autoridade de controlo]: o conteúdo do artigo é confirmado por notas ou notícias da DSPDP, o seu texto não foi lido; [não verificado]: nunca é fundamento de uma pontuação nem de uma obrigação.
report-obligations = Obrigações
report-obligations-intro = O que as respostas obrigam a entidade a fazer nos termos da lei: notificação, autorização, consentimento e contratos. Uma obrigação só está cumprida quando as respostas dão prova do acto (uma data de apresentação, a referência da DSPDP ou o número e a data da autorização), nunca por opinião. Uma obrigação requerida fica em aberto até a DSPDP decidir; uma obrigação que a entidade julga não se aplicar fica em aberto até um advogado o confirmar.
report-obligations-none = As respostas não geram nenhuma obrigação.
report-col-obligation = Obrigação
report-col-standing = Ponto da situação
report-col-citation = Citação
report-col-state = Estado
report-duty-met = Cumprida
report-duty-awaiting = A aguardar a DSPDP
report-duty-believed = POR CUMPRIR: julga-se não aplicável
report-duty-open = POR CUMPRIR
report-met-by-opinion = Dada como feita: SEM PROVA
report-met-by-opinion-why = As respostas dizem que está feita mas não dão prova do acto (uma data, uma referência, um número): esta versão do questionário deixa uma resposta, por si só, cumpri-la. Não está cumprida enquanto a prova não for registada.
report-evidence-item = { $prompt } — { $answer }
report-evidence-given = Prova apresentada: { $list }
report-evidence-missing = Dada como feita, mas falta esta prova: { $list }
report-not-shown-done = As respostas não mostram que está feita.
report-to-meet-it = Para a cumprir: { $needs }
report-awaiting = Apresentada ou requerida: por cumprir até a DSPDP decidir.
report-belief-reason = A entidade julga que não se aplica. A sua razão: { $reason }
report-belief-says = { $says }. A razão da entidade: { $reason }
report-belief-no-reason = (sem razão indicada)
report-lawyer-confirm = Um advogado deve confirmar: { $what }

## Notificar ou requerer autorização
report-decisions = Notificar ou requerer autorização
report-decisions-intro = Para cada finalidade do tratamento, o que se deve pedir à DSPDP: uma notificação (Lei n.º 8/2005, artigo 21.º) ou uma autorização prévia (artigo 22.º, ou n.º 2 do artigo 20.º para uma transferência), e porquê. As regras do questionário tiram esta conclusão das respostas; um advogado deve verificá-la antes de se apresentar o que quer que seja.
report-decisions-none = Ainda sem decisão: não há finalidades indicadas nem nenhum tipo de dados pessoais abrangido.
report-decisions-no-model = Este questionário não diz como se decide o procedimento, pelo que o relatório não pode dizer se se deve notificar a DSPDP ou requerer a sua autorização.
report-col-purpose = Finalidade
report-col-ground = Fundamento jurídico
report-col-procedure = Procedimento
report-all-processing = Todo o tratamento (ainda sem finalidades indicadas)
report-unnamed-purpose = Finalidade { $row } (sem nome)
report-no-ground = NENHUM FUNDAMENTO JURÍDICO INDICADO
report-cited = { $text } [{ $cite }]
report-content = Conteúdo da notificação (artigo 23.º)
report-content-intro = O que uma notificação ou um pedido de autorização deve indicar (Lei n.º 8/2005, alíneas 1) a 10) do artigo 23.º), e se as respostas o dão.
report-col-item = Alínea
report-col-states = O que indica
report-col-from-answers = Segundo as respostas
report-content-complete = Completo
report-content-missing = EM FALTA:

## Plano de acção
report-plan = Plano de acção
report-plan-none = Ainda não foi adoptada nenhuma acção no plano.
report-col-action = Acção
report-col-owner = Responsável
report-col-due = Prazo
report-col-status = Estado
report-col-priority = Prioridade
report-no-date = (sem data)
report-plan-todo = por fazer
report-plan-in-progress = em curso
report-plan-done = feita
report-plan-dropped = abandonada
report-priority-high = Alta
report-priority-medium = Média
report-priority-low = Baixa
report-recommended = Recomendadas pelo modelo de risco, ainda não incluídas no plano
report-recommended-none = Nenhuma: todas as acções recomendadas estão no plano.
report-for = Para: { $categories }

## Todas as perguntas e respostas
report-questions = Todas as perguntas e respostas
report-questions-intro = Todas as perguntas que as respostas trazem para a avaliação, tal como foram feitas, com a resposta dada e as disposições em que se baseiam. As perguntas sem resposta e as respostas «não sei» estão assinaladas.
report-col-question = Pergunta
report-col-answer = Resposta
report-not-answered = SEM RESPOSTA
report-not-sure = NÃO SEI: { $answer }
report-note = Nota: { $note }

## Assinaturas e apreciação
report-signatures = Assinaturas e apreciação
report-col-signer = Signatário
report-col-role = Função
report-col-fingerprint = Impressão digital da chave
report-col-signed-at = Assinado em
report-col-record-sha = SHA-256 do registo
report-public-key = Chave pública: { $key }
report-how-to-check = Como verificar as assinaturas
report-check-this-file = Este PDF verifica-se a si próprio, sem rede, com um único comando (indique o nome com que está guardado; o Farol escreve-o como { $name }):
report-check-this-file-what = Verifica o que o PDF leva consigo: o registo assinado e as apreciações assinadas aqui apresentadas, as suas assinaturas e que cada apreciação incide sobre este mesmo registo. Depois escreve de novo as páginas a partir deles e compara-as com estas, byte a byte: uma página, um valor ou uma apreciação alterados depois da assinatura não passam.
report-check-this-file-limit = O que não pode dizer é se uma chave é de facto do seu signatário: essa confiança vem de fora do ficheiro. Compare cada impressão digital da tabela acima com a obtida junto do signatário e indique-a com --trust.
report-check-intro = Qualquer pessoa com o ficheiro do registo pode verificar, sem rede, que está íntegro, que foi assinado pelas chaves acima e, quanto às apreciações, que incidem sobre este mesmo registo. No dossier ou num pacote de provas:
report-check-record = { $command } — este registo
report-check-assessment = { $command } — todas as revisões e apreciações da avaliação
report-check-bundle = { $command } — um pacote de provas inteiro, ficheiro a ficheiro contra o seu manifesto assinado
report-check-trust = Uma assinatura só prova quem assinou se a chave for de facto dessa pessoa: obtenha junto da entidade, por outro canal (por telefone, pessoalmente, em papel), a impressão digital da chave de cada signatário e indique-a com --trust. As chaves que vêm com um pacote são mostradas com a impressão digital completa, para comparar, e nunca são consideradas de confiança por si só. Compare o SHA-256 que o comando mostra com o da tabela acima e o de cada página deste relatório.
report-check-openssl = Sem o Farol, só com o OpenSSL 3 (um pacote de provas traz cada chave como { $key }): os bytes assinados são todas as linhas acima da linha «{ $marker }» do registo, e a assinatura é o hexadecimal duas linhas abaixo dela. Numa shell:
report-check-openssl-result = O OpenSSL mostra «{ $ok }». A impressão digital da chave obtém-se com: { $command }
report-not-signed = NÃO ASSINADO. Este relatório foi feito a partir de um rascunho. Não tem assinatura e não prova que a avaliação tenha sido concluída, apreciada ou aprovada.
report-how-to-sign = Como assinar e verificar
report-sign-step = Assine a avaliação, o que a fixa num registo: { $command }
report-verify-step = Verifique a qualquer momento as assinaturas de um registo e o seu SHA-256: { $command }
report-then-report-step = Depois faça o relatório a partir do registo: { $command }
report-review = Apreciação
report-no-review = Ainda sem apreciação.
report-review-line = { $reviewer }, { $role } — { $at } — parecer: { $opinion }
report-opinion-approve = aprovar
report-opinion-approve-with-conditions = aprovar com condições
report-opinion-reject = rejeitar
report-section-acceptable = aceitável
report-section-to-improve = a melhorar
report-section-to-correct = a corrigir
report-review-conditions = Condições: { $text }
report-review-reasons = Razões: { $text }
report-review-section = Secção «{ $section }»: { $verdict }
report-review-section-note = Secção «{ $section }»: { $verdict } — { $note }
report-review-comment = Sobre «{ $prompt }» ({ $question }): { $text }
report-review-attests = Atesta que { $list }.
report-attest-description = a descrição do tratamento corresponde à realidade
report-attest-risks = os riscos foram compreendidos
report-attest-plan = o plano de acção é aceite e será executado
report-review-due = Reapreciação até { $date }.
report-review-signed = Apreciação assinada n.º { $n } com a chave { $key } (impressão digital { $fingerprint }).

## Caracteres que os tipos de letra não desenham
report-missing-glyphs-heading = Caracteres que os tipos de letra não conseguem desenhar
report-missing-glyphs = Os tipos de letra incorporados não têm glifo para estes caracteres, pelo que são impressos como o seu código, por exemplo [U+1F600]: { $list }.

## O relatório bilingue (chinês e depois português)
report-bilingual-first = Este relatório é bilingue: segue-se o mesmo relatório na outra língua.
report-bilingual-second = Este relatório é bilingue: o mesmo relatório em chinês está nas páginas 1 a { $last }.

## Os metadados do PDF e o registo que leva consigo
report-pdf-subject = Avaliação de impacto sobre a protecção de dados ao abrigo da Lei da Protecção de Dados Pessoais de Macau (Lei n.º 8/2005): { $id }, { $revision ->
    [0] rascunho não assinado
   *[other] revisão assinada { $revision }
}
report-pdf-attachment = O registo assinado que este relatório apresenta (revisão { $revision }), byte a byte: `farol verify` sobre este PDF verifica-o
report-pdf-attachment-review = A apreciação assinada { $number } da revisão { $revision }, apresentada neste relatório, byte a byte: `farol verify` sobre este PDF verifica-a face ao registo
report-questions-unverified-left-out = Este relatório destina-se a ser apresentado: as citações ainda não verificadas no texto da lei não constam dele. O relatório numa só língua indica-as, assinaladas como não verificadas.
# Textos alternativos das figuras do relatório, lidos pelos leitores de ecrã.
report-figure-risk-map = Matriz de risco: gravidade (linhas) por probabilidade (colunas), cada tipo de dados situado antes e com as medidas. { $positions }
report-figure-risk-map-item = { $n } { $name }: { $before } antes das medidas, { $with } com elas
report-figure-flows = Diagrama do destino dos dados a partir de { $organisation }, agrupados por jurisdição: { $places }. As tabelas seguintes indicam o fundamento jurídico de cada destino.
