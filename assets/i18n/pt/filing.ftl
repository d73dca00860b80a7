# O processo a apresentar à DSPDP (`farol filing`): o conteúdo de uma notificação (artigo
# 21.º) ou de um pedido de autorização (artigo 22.º, n.º 2 do artigo 20.º) nos termos das
# alíneas 1) a 10) do artigo 23.º, alínea a alínea, para copiar para o formulário da DSPDP.
# Entre `acentos graves` estão identificadores de perguntas, mantidos tal como são.

## Peças comuns
filing-sep = {"; "}
filing-cite-sep = {"; "}
# Uma alínea do artigo 23.º; $n é o seu número.
filing-item-mark = alínea { $n })
filing-item-heading = Alínea { $n }) do artigo 23.º: { $title }
filing-field = { $label }: { $value }
filing-row = { $n }.
filing-question-answer = { $question } Resposta: { $answer }
filing-reason = Razão: { $because } ({ $cites })
filing-item-cite = Lei: { $cites }

## O início do processo
filing-title = Processo a apresentar à DSPDP: { $title }
filing-assessment = Avaliação: { $id }
filing-signed = Feito a partir da revisão assinada n.º { $revision }, assinada por { $signer } em { $at }.
filing-sha256 = SHA-256 do ficheiro da revisão assinada: { $sha256 }
filing-not-signed = NÃO ASSINADO: pré-visualização feita a partir do rascunho. Assine a avaliação (`farol sign`) e faça o processo a partir da revisão assinada antes de o apresentar.
filing-not-signed-mark = [NÃO ASSINADO: pré-visualização do rascunho]
filing-questionnaire = Questionário: { $id } { $version }
filing-forms-summary = Formulários, um por finalidade: { $n } (pedidos de autorização: { $authorise }; notificação: { $notify }).
filing-complete = Completo: todas as alíneas do artigo 23.º estão preenchidas a partir das respostas.
filing-incomplete = { $n ->
    [one] INCOMPLETO: falta preencher 1 elemento antes da apresentação (indicado na sua alínea e no fim).
   *[other] INCOMPLETO: faltam preencher { $n } elementos antes da apresentação (indicados em cada alínea e no fim).
}
filing-incomplete-mark = [INCOMPLETO: ver o que falta]
filing-how-to = Apresente em chinês ou em português, um formulário para cada finalidade abaixo. As finalidades que carecem de autorização são apresentadas no formulário de pedido de autorização da DSPDP antes de o tratamento começar; as outras são notificadas no prazo de 8 dias após o início. Copie cada alínea para o formulário; confira cada elemento antes de o apresentar.

## Um formulário
filing-form-heading = Formulário { $n } de { $total }: { $purpose }
filing-decision-notify = Decisão: NOTIFICAÇÃO à DSPDP (artigo 21.º)
filing-decision-authorise = Decisão: PEDIDO DE AUTORIZAÇÃO à DSPDP antes de começar (artigo 22.º, n.º 2 do artigo 20.º)

## O que falta
filing-gap-line = ! { $text }
filing-gap-missing = { $mark }: { $missing }
filing-gap-answer = { $mark }: falta «{ $what }»; responda a `{ $question }`
filing-gap-answer-first = { $mark }: falta «{ $what }»; responda a `{ $first }` e depois a `{ $question }`
filing-gap-purpose-cell = { $mark }: falta «{ $what }» para «{ $purpose }»; responda a `{ $question }`
filing-gap-row-cell = { $mark }: falta «{ $what }» na linha { $row } («{ $name }»); responda a `{ $question }`
filing-gap-no-purposes = { $mark }: nenhuma finalidade está indicada; responda a `{ $question }`
filing-gap-no-rows = { $mark }: nada em `{ $question }` diz respeito a «{ $purpose }»; responda a `{ $question }`
filing-gaps-heading = { $n ->
    [one] Falta preencher 1 elemento antes da apresentação
   *[other] Faltam preencher { $n } elementos antes da apresentação
}
filing-gaps-none = Nada em falta: todas as alíneas estão preenchidas.

## Transferências
filing-transfers-heading = Transferências para fora de Macau apresentadas à parte
filing-transfers-none = Nenhuma transferência assenta no consentimento ou numa necessidade prevista (n.º 1 do artigo 20.º) nem no contrato-tipo da Grande Baía. As transferências que carecem de autorização da DSPDP estão nos formulários acima, na alínea 9).
filing-transfer-notified = Notificação de transferência (n.º 1 do artigo 20.º), fluxo { $row }: { $name }
filing-transfer-gba = Contrato-tipo da Grande Baía (Interior da China, Macau), fluxo { $row }: { $name }
filing-transfer-gba-draft = RASCUNHO a confirmar com a DSPDP: cabe à DSPDP confirmar se o contrato-tipo da Grande Baía satisfaz os artigos 19.º e 20.º para esta transferência. Estes são os elementos que a sua apresentação pede: as partes, os dados, as finalidades e os pontos da avaliação de impacto simplificada sobre a protecção de informações pessoais.
filing-transfer-state = Fundamento: { $state }
filing-transfer-purposes = Finalidades que serve: { $purposes }
filing-translation-note = As palavras do próprio Farol neste processo são uma tradução do Farol; os textos autênticos da Lei n.º 8/2005 são os textos chinês e português.

## O comando
filing-bad-revision = «{ $given }» não é uma revisão: indique um número, `latest` ou `draft`
filing-cannot = não é possível fazer o processo a apresentar de «{ $id }»
filing-refused = A revisão n.º { $revision } de «{ $id }» não é verificada: não é usada para uma apresentação.
filing-refused-hint = Verifique-a com `farol verify { $id }`; uma revisão alterada depois de assinada não pode ser apresentada.
filing-draft-changed = nota: o rascunho de «{ $id }» mudou desde a revisão n.º { $revision }, a partir da qual este processo é feito: assine-o (`farol sign { $id }`) para apresentar as alterações, ou pré-visualize-as com `--revision draft`
filing-wrote = O processo a apresentar de «{ $id }» foi escrito em { $path }.

## `farol questionnaire check`: a correspondência do artigo 23.º
filing-check-item-absent = `notification` (o conteúdo da notificação) não tem a alínea «{ $item }»: o artigo 23.º enumera as alíneas 1) a 10)
filing-check-item-absent-hint = acrescente Item(id: "{ $item }", …) com o seu título, `complete`, `missing` e `fill`
filing-check-item-unknown = { $owner } não é uma das alíneas 1) a 10) do artigo 23.º
filing-check-item-unknown-hint = use uma letra de a a j como identificador
filing-check-unmapped = { $owner } não diz o que a preenche
filing-check-unmapped-hint = acrescente `fill: [...]`: Answer(question: …), Answers(questions: [...]) ou Rows(question: …, columns: [...])
filing-check-no-questions = { $owner }: uma fonte Answers não indica nenhuma pergunta
filing-check-no-columns = { $owner }: uma fonte Rows não mostra nenhuma coluna
filing-check-no-columns-hint = indique em `columns` as colunas a mostrar
filing-check-required-hidden = { $owner }: a coluna obrigatória «{ $column }» não está entre as colunas mostradas
filing-check-required-hidden-hint = acrescente-a a `columns`, para que o que é obrigatório também seja mostrado
filing-check-own-not-purposes = { $owner }: `purpose: Own` precisa da pergunta das finalidades, não de «{ $question }»
filing-check-own-not-purposes-hint = use-o com a pergunta que `filing.purposes` indica, ou use Carries("column")
filing-cli-about = O processo a apresentar à DSPDP: a decisão e o conteúdo do artigo 23.º para cada finalidade, em texto para copiar para o formulário da DSPDP, ou em PDF
filing-cli-arg-id = O identificador da avaliação (ver `farol list`)
filing-cli-arg-revision = O que apresentar: um número de revisão, `latest` ou `draft` (marcado como não assinado). Por omissão: a última revisão assinada, ou o rascunho quando nada está assinado
filing-cli-arg-output = Onde escrever o processo; `-` para a saída padrão (por omissão). Um FICHEIRO terminado em `.pdf` recebe o processo em PDF, na língua de `--lang`: apresente-o em chinês (`zh-Hant`) ou em português (`pt`); em inglês fica marcado como cópia de trabalho

## The pack as a PDF (`farol filing ID -o FILE.pdf`)
filing-pdf-banner = PROCESSO A APRESENTAR À DSPDP
filing-pdf-header-left = Processo DSPDP · { $id }
filing-pdf-header-signed = Revisão n.º { $n } · SHA-256 { $sha }…
filing-pdf-not-signed-mark = NÃO ASSINADO — pré-visualização do rascunho
filing-pdf-incomplete-mark = { $n ->
    [one] INCOMPLETO — falta preencher 1 elemento antes da apresentação
   *[other] INCOMPLETO — faltam preencher { $n } elementos antes da apresentação
}
filing-pdf-working-copy = CÓPIA DE TRABALHO — apresente em chinês ou em português
filing-pdf-working-copy-box = CÓPIA DE TRABALHO em inglês: a DSPDP recebe processos em chinês ou em português. Faça o processo a apresentar com `--lang zh-Hant` ou `--lang pt`.
filing-pdf-signed-box = Feito a partir de uma revisão assinada da avaliação, indicada abaixo com o seu SHA-256.
filing-pdf-controller = O responsável pelo tratamento e o seu representante
filing-pdf-controller-none = O questionário não indica a alínea 1) do artigo 23.º: ver os formulários.
filing-pdf-what = A partir de que é feito este processo
filing-pdf-label-assessment = Avaliação
filing-pdf-label-questionnaire = Questionário
filing-pdf-label-revision = Revisão apresentada
filing-pdf-revision-value = Revisão n.º { $n }, assinada por { $signer } em { $at }
filing-pdf-label-sha256 = SHA-256 do ficheiro da revisão
filing-pdf-forms = Os formulários deste processo, um por finalidade
filing-pdf-col-form = Formulário
filing-pdf-col-purpose = Finalidade
filing-pdf-col-decision = Decisão
filing-pdf-col-gaps = Em falta
filing-pdf-gaps-none-short = Nada
filing-pdf-notify-short = Notificação (artigo 21.º)
filing-pdf-authorise-short = Pedido de autorização (artigo 22.º, n.º 2 do artigo 20.º)
filing-pdf-col-no = N.º
filing-pdf-col-question = Pergunta
filing-pdf-col-answer = Resposta
filing-pdf-label-basis = Fundamento
filing-pdf-label-purposes = Finalidades que serve
filing-check-no-duty = nenhuma obrigação está marcada com `files: Some({ $procedure })`: o processo e o pacote de provas não podem dizer se esta apresentação está registada
filing-check-no-duty-hint = acrescente `files: Some({ $procedure })` à obrigação que a apresentação cumpre
filing-cli-arg-json = Saída para programas: o processo em JSON, igual em todas as línguas

## Os metadados do PDF do processo
filing-pdf-subject = Notificação e pedido de autorização à DSPDP ao abrigo da Lei n.º 8/2005, da avaliação { $id }, { $revision ->
    [0] rascunho não assinado
   *[other] revisão assinada { $revision }
}
