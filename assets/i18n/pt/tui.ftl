# A interface de terminal (src/tui): todas as palavras dos seus ecrãs. Os nomes das teclas
# (Enter, Esc, Tab…) ficam como estão no teclado; uma tecla nomeada numa mensagem é a tecla a
# premir. Termos conforme questionnaires/glossary.ron; ortografia de Macau (protecção, acção).

tui-app-title = Farol — avaliação de impacto na protecção de dados pessoais (Lei n.º 8/2005)
tui-home-dossier = Dossier:
tui-home-list-title = Avaliações
tui-home-loading = A ler o dossier…
tui-home-empty =
    Este dossier ainda não tem avaliações.

    Prima n para começar uma nova avaliação: o Farol pergunta sobre o sistema que vai pôr a funcionar, uma pergunta simples de cada vez, e mostra o risco para a privacidade de cada tipo de dados pessoais à medida que responde.

    Ou prima d para juntar um exemplo preenchido (uma plataforma de conversação e assiduidade introduzida numa PME de Macau) e ver primeiro como é.

    Tudo é guardado à medida que avança; nada sai deste computador.
tui-home-columns-1 = Avaliação
tui-home-columns-2 = Estado
tui-home-columns-3 = Risco
tui-home-columns-4 = Reapreciar
tui-home-columns-5 = Modificada
tui-overdue = EM ATRASO
tui-home-status-unreadable = ilegível
tui-home-unreadable = Não é possível ler este rascunho:
tui-home-nothing-to-open = Ainda não há nada para abrir: prima n para uma nova avaliação ou d para o exemplo.
tui-key-choose = escolher
tui-key-open = abrir
tui-key-new = nova
tui-key-review = apreciar
tui-key-demo = exemplo
tui-key-keys = teclas
tui-key-quit = sair
tui-no-risk-yet = ainda sem pontuação
tui-form-title = Nova avaliação
tui-form-intro = Quem avalia o quê. Por agora basta o título; o resto pode esperar.
tui-form-labels-0 = Título (p. ex. Introdução do relógio de impressões digitais)
tui-form-labels-1 = Entidade
tui-form-labels-2 = Sistema avaliado
tui-form-labels-3 = Fornecedor
tui-form-labels-4 = Avaliador (nome e função)
tui-form-questionnaire = Questionário (←→ para mudar)
tui-form-create = Criar e começar
tui-form-title-required = Dê primeiro um título à avaliação.
tui-key-next-field = campo seguinte
tui-key-create = criar
tui-key-back = voltar
tui-tab-questions = Perguntas
tui-tab-plan = Plano
tui-risk-label = Risco:
tui-saved = ✓ guardado
tui-saving = a guardar…
tui-save-failed = ✗ NÃO GUARDADO
tui-reloaded = ↻ relido
tui-reloaded-note = Outro comando do Farol alterou este rascunho: foi lido de novo do disco.
tui-reloaded-lost = Alterado por outro comando do Farol: lido de novo. A sua última alteração NÃO foi guardada: volte a fazê-la.
tui-wizard-nothing = Com as respostas dadas até agora, não há perguntas a fazer.
tui-sections = Secções
tui-yes = Sim
tui-no = Não
tui-unsure = Não sei
tui-field-text = A sua resposta
tui-field-text-multi = A sua resposta (Enter para nova linha)
tui-field-date = Data (AAAA-MM-DD)
tui-rows-empty = Ainda não há linhas. Prima a para acrescentar uma.
tui-row-new = Nova linha
tui-live-prefix = O risco mudou:
tui-hint-yesno = y n u ou 1–3 responder · Enter seleccionar e avançar
tui-hint-single = Space/1–9 seleccionar · Enter seleccionar e avançar
tui-hint-multi = Space/1–9 marcar · Enter avançar (sem marcas: nenhuma)
tui-hint-text = Escreva a resposta · Enter ou Tab avançar · Esc parar de escrever
tui-hint-text-multi = Escreva a resposta · Tab avançar · Esc parar de escrever
tui-hint-date = Escreva a data como 2026-11-30 · Enter avançar · vazio = sem resposta
tui-hint-number = Um número inteiro · Enter avançar · vazio = sem resposta
tui-hint-edit = Enter ou e para escrever · → avançar
tui-hint-rows = a acrescentar linha · Enter editar · x apagar · → avançar
tui-hint-row-edit = Space/1–9 marcar · Tab/←→ coluna · Enter guardar
tui-help-panel = Sobre esta pergunta
tui-help-why = Porque é importante
tui-help-example = Exemplo
tui-help-cites = A lei
tui-help-more = J/K ou Shift-↑↓ mais
tui-help-none = Esta pergunta não tem mais ajuda.
tui-popup-sections = Ir para uma secção
tui-popup-search = Procurar perguntas
tui-popup-finish = Antes de terminar
tui-search-label = Palavras da pergunta
tui-search-none = Nenhuma das perguntas feitas até agora corresponde.
tui-finish-all-done = Todas as perguntas feitas têm resposta e nenhuma é "não sei". Prima Enter ou d para o painel de risco, onde s assina a avaliação e r produz o relatório em PDF.
tui-key-go-to-it = ir para lá
tui-key-dashboard = painel
tui-tag-unanswered = [sem resposta]
tui-tag-unsure = [não sei]
tui-key-question = pergunta
tui-key-sections = secções
tui-key-search = procurar
tui-key-risk = risco
tui-key-plan = plano
tui-key-next-question = pergunta seguinte
tui-key-previous = anterior
tui-key-stop-typing-then-for-key = parar de escrever (depois ? para as teclas)
tui-map-axes = Gravidade ↓
tui-map-caption = Probabilidade → na horizontal. a b: antes das medidas (inerente); A B: com as medidas (residual)
tui-table-title = Categorias de dados (gravidade × probabilidade, 1–4)
tui-table-columns-1 = Categoria
tui-table-columns-2 = Antes das medidas
tui-table-columns-3 = Com as medidas
tui-no-categories = Ainda nenhuma categoria de dados pessoais está abrangida: responda às perguntas sobre os dados que o sistema guarda.
tui-severity = gravidade
tui-likelihood = probabilidade
tui-because-answer = resposta:
tui-explain-keys = ↑↓ deslocar · Enter/Esc fechar
tui-gains-head = O que mais o baixaria
tui-gains-none = Nenhuma medida de protecção ainda por adoptar o baixaria: só eliminar o que o eleva, ou o que o mantém num mínimo.
tui-key-why = porquê
tui-key-legal = jurídico
tui-key-questions = perguntas
tui-key-sign = assinar
tui-key-report = relatório
tui-plan-empty = Ainda não há acções. Prima a para acrescentar uma; as recomendações do modelo aparecem aqui à medida que responde.
tui-plan-columns-0 = Acção
tui-plan-columns-1 = Responsável
tui-plan-columns-2 = Prazo
tui-suggested-mark = sugerida
tui-plan-edit = Editar acção
tui-plan-new = Nova acção
tui-plan-fields-1 = Pormenor
tui-plan-fields-3 = Prazo (AAAA-MM-DD)
tui-plan-title-required = Uma acção precisa de título.
tui-plan-bad-date = Escreva o prazo como AAAA-MM-DD, p. ex. 2026-12-15, ou deixe-o vazio.
tui-plan-status-not-text = O estado não se escreve: ←/→ mudam-no, Shift-Tab volta ao responsável e ao prazo.
tui-plan-edit-keys = Tab seguinte · ←→ estado · Enter guardar · Esc cancelar
tui-key-edit-adopt = editar/adoptar
tui-key-add = acrescentar
tui-key-adopt-all = adoptar todas
tui-key-status = estado
tui-key-delete = apagar
tui-help-close = Esc ou ? para fechar
tui-help-home = Teclas: início
tui-help-form = Teclas: nova avaliação
tui-help-wizard = Teclas: perguntas
tui-help-dashboard = Teclas: painel de risco
tui-help-plan = Teclas: plano de acção
tui-help-keys-home-choose-an-assessment-or = escolher uma avaliação (ou clicar nela)
tui-help-keys-home-open-it = abri-la
tui-help-keys-home-start-a-new-assessment = começar uma nova avaliação
tui-help-keys-home-review-its-latest-signed = apreciar a sua última revisão assinada (revisores)
tui-help-keys-home-add-the-demo-assessment = juntar a avaliação de exemplo
tui-help-keys-home-re-read-the-dossier = ler de novo o dossier
tui-help-keys-form-previous-field = campo anterior
tui-help-keys-form-next-field-on-the-button = campo seguinte; no botão, criar
tui-help-keys-form-change-the-questionnaire = mudar de questionário
tui-help-keys-form-create-now = criar já
tui-help-keys-form-back-home-nothing-create = voltar ao início sem criar nada
tui-help-keys-wizard-move-between-choices-or = mover entre as opções (ou clicar numa)
tui-help-keys-wizard-select-tick-the-choice = seleccionar / marcar a opção
tui-help-keys-wizard-select-and-go-to-the-nex = seleccionar e ir para a pergunta seguinte
tui-help-keys-wizard-yes-no-not-sure = sim, não, não sei
tui-help-keys-wizard-pick-a-choice-by-number = escolher uma opção pelo número (também numa tabela)
tui-help-keys-wizard-previous-question = pergunta anterior
tui-help-keys-wizard-type-a-text-number-or-da = escrever uma resposta de texto, número ou data
tui-help-keys-wizard-stop-typing-otherwise-ba = parar de escrever; senão, voltar ao início
tui-help-keys-wizard-clear-the-answer = apagar a resposta
tui-help-keys-wizard-table-add-edit-delete-a = tabela: acrescentar, editar, apagar uma linha
tui-help-keys-wizard-jump-to-a-section = ir para uma secção
tui-help-keys-wizard-search-the-questions = procurar nas perguntas
tui-help-keys-wizard-finish-unanswered-and-no = terminar: sem resposta e "não sei"
tui-help-keys-wizard-help-panel-on-narrow-scr = painel de ajuda em ecrãs estreitos
tui-help-keys-wizard-scroll-the-help-panel = deslocar o painel de ajuda
tui-help-keys-wizard-risk-dashboard-action-pl = painel de risco, plano de acção
tui-help-keys-wizard-quit-everything-is-saved = sair (tudo fica guardado)
tui-help-keys-dashboard-choose-a-category-duty-p = escolher uma categoria, dever, finalidade ou transferência
tui-help-keys-dashboard-why-the-answers-behind-a = porquê: as respostas por trás dos valores de uma categoria
tui-help-keys-dashboard-panels-categories-duties = painéis: categorias, deveres, notificação, transferências
tui-help-keys-dashboard-back-to-the-questions = voltar às perguntas
tui-help-keys-dashboard-action-plan = plano de acção
tui-help-keys-dashboard-sign-freeze-the-draft-in = assinar: fixar o rascunho na revisão assinada seguinte
tui-help-keys-dashboard-report-write-the-pdf-for = relatório: produzir o PDF para o processo de conformidade
tui-help-keys-plan-choose-an-action = escolher uma acção
tui-help-keys-plan-edit-on-a-suggestion-ado = editar; numa sugestão, adoptá-la
tui-help-keys-plan-add-your-own-action = acrescentar uma acção sua
tui-help-keys-plan-adopt-every-suggestion = adoptar todas as sugestões
tui-help-keys-plan-next-status = estado seguinte
tui-help-keys-plan-delete-an-action = apagar uma acção
tui-help-keys-plan-in-the-editor-next-field = no editor: campo seguinte / estado
tui-help-keys-plan-risk-dashboard = painel de risco
tui-dialog-wait = Um momento
tui-dialog-reading-keys = A ler as suas chaves de assinatura…
tui-dialog-signing = A assinar…
tui-dialog-writing-report = A produzir o relatório em PDF…
tui-dialog-sign = Assinar esta avaliação
tui-dialog-signed = Assinada
tui-dialog-reported = Relatório produzido
tui-dialog-failed = Não foi possível concluir
tui-dialog-ok = Enter/Esc fechar
tui-dialog-close = Esc fechar
tui-dialog-sign-keys = Enter/y assinar · Esc cancelar
tui-dialog-sign-keys-many = ↑↓ chave · Enter/y assinar · Esc cancelar
tui-dialog-sign-as = Assinar como:
tui-dialog-untrusted = ainda sem confiança aqui
tui-dialog-record = Registo:
tui-dialog-sha = SHA-256:
tui-report-of-draft = Feito a partir do rascunho, que mudou desde a última assinatura (ou nunca foi assinado): todas as páginas dizem RASCUNHO NÃO ASSINADO. Assine-o (s) para ter o relatório a arquivar.
tui-tab-answers = Respostas
tui-tab-opinion = Parecer
tui-review-nothing = A revisão não tem respostas a apreciar.
tui-review-no-verdict = Esta secção ainda não tem veredicto: v dá um (aceitável, a melhorar, a corrigir).
tui-review-answer = Resposta:
tui-review-no-answer = (sem resposta)
tui-review-note = Nota do avaliador:
tui-review-comment = ✎ O seu comentário:
tui-review-your-comment = O seu comentário
tui-review-no-comment = Ainda nenhum: prima c (ou Enter) para escrever um.
tui-review-note-needs-verdict = Dê primeiro um veredicto à secção (v); a nota explica-o.
tui-review-opinion-title = Parecer global
tui-review-opinion-label = Parecer:
tui-review-no-opinion = ainda por escolher
tui-review-opinion-hint = ←→ ou 1 aprovar · 2 aprovar com condições · 3 rejeitar
tui-review-conditions-label = Condições da aprovação, ou motivos da rejeição (Enter para escrever):
tui-review-conditions-none = ainda nenhumas
tui-review-attest-head = Declaro que (Space para marcar; necessário para aprovar):
tui-review-due-label = Reapreciar até:
tui-review-due-reject = nenhuma: só uma aprovação tem de ser reapreciada
tui-review-due-default = seis meses depois da contra-assinatura (Enter para fixar uma data)
tui-review-ready = ✓ Pronta a contra-assinar: prima S.
tui-review-missing = Antes de contra-assinar, a apreciação precisa de:
tui-review-signed-title = A revisão tal como foi assinada
tui-review-edit-comment = Comentário à pergunta
tui-review-edit-note = Nota sobre o veredicto da secção
tui-review-edit-conditions = Condições ou motivos
tui-review-edit-due = Reapreciar até
tui-review-due-hint = A data até à qual a avaliação tem de ser reapreciada, como AAAA-MM-DD; vazio para seis meses depois da contra-assinatura.
tui-review-editor-label = Texto
tui-review-editor-keys = Esc ou Ctrl-S concluir (guardado) · Enter nova linha · vazio = nenhum
tui-review-editor-keys-line = Enter ou Esc concluir (guardado) · vazio = nenhum
tui-key-move = mover
tui-key-comment = comentar
tui-key-verdict = veredicto
tui-key-opinion = parecer
tui-key-countersign = contra-assinar
tui-key-row = linha
tui-key-tick = marcar
tui-key-write = escrever
tui-key-answers = respostas
tui-key-done-saved = concluir (guardado)
tui-key-done = concluir
tui-help-review = Teclas: apreciação
tui-help-keys-review-question-on-to-the-next = pergunta (no fim, passa à secção seguinte)
tui-help-keys-review-section = secção
tui-help-keys-review-comment-on-the-question = comentar a pergunta (vazio apaga o comentário)
tui-help-keys-review-section-verdict-acceptab = veredicto da secção: aceitável, a melhorar, a corrigir, nenhum
tui-help-keys-review-a-note-explaining-the-se = uma nota que explica o veredicto da secção
tui-help-keys-review-opinion-page-opinion-con = página do parecer: parecer, condições, declarações
tui-help-keys-review-choose-the-row-change-or = escolher a linha; mudar ou escolher o parecer
tui-help-keys-review-tick-an-attestation-writ = marcar uma declaração; escrever as condições ou a data
tui-help-keys-review-countersign-the-review-b = contra-assinar: a apreciação torna-se um registo assinado
tui-help-keys-review-acceptable-to-improve-to = aceitável, a melhorar, a corrigir; 2 comentários
tui-help-keys-review-back-home = voltar ao início
tui-dialog-countersign = Contra-assinar a apreciação
tui-dialog-countersigned = Contra-assinada
tui-dialog-countersigning = A contra-assinar…
tui-dialog-countersign-as = Contra-assinar como:
tui-dialog-countersign-keys = Enter/y contra-assinar · Esc cancelar
tui-dialog-countersign-keys-many = ↑↓ chave · Enter/y contra-assinar · Esc cancelar
tui-dialog-pass-needed = Esta chave está protegida: escreva a sua frase-passe.
tui-dialog-passphrase = Frase-passe:{" "}
tui-dialog-wrong-passphrase = Frase-passe errada: nada foi assinado. Escreva-a de novo, ou Esc para cancelar.
tui-dialog-opening-key = A abrir a chave…
tui-dialog-pass-keys = Enter assinar · Esc cancelar
tui-dialog-pass-keys-many = ↑↓ chave · Enter assinar · Esc cancelar
tui-dialog-countersign-pass-keys = Enter contra-assinar · Esc cancelar
tui-dialog-countersign-pass-keys-many = ↑↓ chave · Enter contra-assinar · Esc cancelar
tui-dialog-assessor-key = não pode contra-assinar
tui-countersign-not-yet = Ainda não:
tui-after-countersigning = O avaliador vê os seus comentários e veredictos ao abrir a avaliação. Verifique os registos quando quiser com `farol verify`. Esc volta ao início.
tui-feedback-tag-correct = [a corrigir]
tui-feedback-tag-comment = [comentário]
tui-review-hint-opinion = escolha um na página do parecer (o): aprovar, aprovar com condições ou rejeitar
tui-review-hint-conditions = escreva-as na página do parecer (o), ou comente as perguntas (c) e dê veredictos (v)
tui-review-hint-attest = marque cada ponto na página do parecer (o, depois Space) depois de o verificar, ou rejeite
tui-review-hint-judge-all = dê um veredicto a cada secção (v) antes de aprovar, ou rejeite na página do parecer (o)
tui-review-hint-to-correct = rejeite na página do parecer (o), ou mude o veredicto (v) quando a secção estiver certa
tui-review-hint-due = fixe uma data posterior na página do parecer (o), ou deixe-a vazia para seis meses a contar de hoje
tui-duty-needs = Para o cumprir:
tui-duty-evidence = Prova apresentada:
tui-duty-missing = Prova ainda em falta:
tui-belief-reason = O seu motivo:
tui-belief-no-reason = nenhum indicado
tui-belief-confirm = Um advogado deve confirmar:
tui-legal-none-duties = Com as respostas dadas até agora, nenhum dever legal é accionado.
tui-legal-none-filing = Ainda sem decisão: aparece quando as respostas abrangerem dados pessoais.
tui-legal-none-transfers = Ainda não há fluxos de dados indicados.
tui-legal-tab-hint = Tab: painel seguinte
tui-all-processing = Todo o tratamento (ainda sem finalidades indicadas)
tui-decision-ground = Fundamento jurídico:
tui-decision-no-ground = Nenhum fundamento jurídico indicado (artigo 6.º): o tratamento precisa de um
tui-transfer-basis = Fundamento:
tui-transfer-no-basis = nenhum indicado
tui-transfer-unnamed = (sem nome)
tui-review-beliefs-head = Convicções a verificar: deveres que o avaliador considera não aplicáveis (ficam por cumprir até um advogado confirmar)
tui-review-belief-reason = Motivo do avaliador:

## Início: em que ponto está uma avaliação. $r é a última revisão (0: nenhuma); $edited é
## "yes" quando o rascunho mudou desde a assinatura (só em ecrãs largos).
tui-state-draft-complete = rascunho, completo
tui-state-draft-wide = rascunho, { $answered } de { $shown }
tui-state-draft = rascunho { $answered }/{ $shown }
tui-state-forked = bifurcada após a r{ $r }
tui-state-signed = assinada{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , alterada
   *[no] {""}
}
tui-state-in-review = em apreciação{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}
tui-state-approved = aprovada{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , alterada
   *[no] {""}
}
# Forma curta de "aprovada com condições", para uma coluna estreita (cerca de 16 colunas).
tui-state-approved-cond = aprov. c/ cond.
tui-state-approved-cond-wide = aprovada com condições
tui-state-rejected = rejeitada{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , alterada
   *[no] {""}
}
# O separador entre os elementos de uma lista no texto corrido.
tui-list-separator = {", "}
tui-home-overdue-item = { $id } (prazo { $due })
tui-home-overdue = ⚠ Reapreciação em atraso { $n ->
    [one] de 1 avaliação
   *[other] de { $n } avaliações
}: { $list }
tui-status-complete = completo
tui-status-answered = { $answered }/{ $shown } respondidas
tui-row-editing = Linha { $i }
tui-finish-summary = { $unanswered ->
    [one] 1 pergunta sem resposta
   *[other] { $unanswered } perguntas sem resposta
} e { $unsure } com resposta "não sei". Um revisor perguntará por cada uma: Enter vai para a seleccionada.
# O rótulo de um campo numérico; $range é um dos três abaixo, ou vazio.
tui-number-label = Número{ $range }
tui-number-label-unit = Número de { $unit }{ $range }
tui-number-range = , { $min }–{ $max }
tui-number-min = , pelo menos { $min }
tui-number-max = , no máximo { $max }
tui-not-a-date = «{ $raw }» não é uma data: escreva-a como AAAA-MM-DD, p. ex. 2026-11-30
tui-not-a-number = «{ $raw }» não é um número inteiro: escreva só algarismos, p. ex. 250
tui-unreadable = Não é possível ler «{ $raw }»
tui-bad-date-cell = «{ $raw }» não é uma data: escreva-a como AAAA-MM-DD, p. ex. 2026-11-30 ({ $column })
# $range é um dos tui-range-*.
tui-out-of-range = { $value } está fora do intervalo: a resposta tem de ser { $range }
tui-range-between = de { $min } a { $max }
tui-range-at-least = pelo menos { $min }
tui-range-at-most = no máximo { $max }
# Um distintivo curto de risco, no máximo 3 colunas.
tui-badge-low = B
tui-badge-medium = M
tui-badge-high = E
tui-badge-very-high = ME
# "Com as medidas: Muito elevado, 1 passo (½ nível) acima de Elevado".
tui-above = Com as medidas: { $level }, { $steps } acima de { $next }
tui-above-held = Com as medidas: { $level }, { $steps } acima de { $next }, mantido aí por um mínimo: só eliminar a sua causa o baixa
tui-gain-lowers = { $action } — { $now } → { $then }
tui-gain-closer = { $action } — { $steps } mais perto do nível abaixo
tui-figure-head = { $stage }, { $axis }: { $level }
tui-plan-title = Plano de acção: { $items ->
    [one] 1 acção
   *[other] { $items } acções
}, { $suggested ->
    [one] 1 sugestão
   *[other] { $suggested } sugestões
}
tui-priority-high = [alta]
tui-priority-medium = [média]
tui-priority-low = [baixa]
tui-sign-intro = Assinar fixa as respostas, o risco, o plano de acção e os textos das perguntas tal como foram feitas na revisão { $next }: um registo que nunca pode ser alterado, apenas seguido de uma nova revisão. Pode continuar a editar o rascunho depois.
tui-open-unanswered = { $n ->
    [one] 1 pergunta sem resposta
   *[other] { $n } perguntas sem resposta
}
tui-open-unsure = { $n } com resposta "não sei"
tui-sign-open-questions = Ainda em aberto: { $open }. O registo mostrá-las-á como em aberto; pode assinar agora e voltar a assinar mais tarde.
tui-nothing-to-sign = Nada mudou desde que a revisão { $n } foi assinada, por isso não há nada de novo a assinar. Prima r no ecrã do risco para o relatório da revisão { $n }.
tui-no-key = Ainda não tem chave de assinatura. Uma chave diz quem assinou e permite a qualquer pessoa verificar mais tarde que nada mudou.
tui-create-key-in-shell = Crie uma numa linha de comandos (fica neste computador, legível só por si):
# Um marcador dentro de um comando: farol keys new --name "O seu nome"
tui-your-name = O seu nome
tui-keys-kept-in = As chaves são guardadas em { $dir }. Depois prima { $key } de novo.
tui-signed-head = ✓ Revisão { $revision } assinada por { $signer } com { $key }.
tui-untrusted-after-signing = Este dossier ainda não confia em { $key }, por isso `farol verify` dará o registo como não fidedigno até que um responsável pelo dossier execute:
tui-after-signing = Verifique-o quando quiser com `farol verify`. Prima r no ecrã do risco para o relatório da revisão { $revision }; as edições seguintes vão para o rascunho e a próxima assinatura cria a revisão { $next }.
tui-report-head = ✓ { $pages ->
    [one] 1 página
   *[other] { $pages } páginas
}, { $kb } KB:
tui-report-of-revision = O relatório da revisão assinada { $n }, com a assinatura e o hash do registo: o que deve ser arquivado.
tui-missing-glyphs = { $n ->
    [one] 1 carácter não pode ser desenhado pelos tipos de letra do relatório; é impresso como código e listado na última página.
   *[other] { $n } caracteres não podem ser desenhados pelos tipos de letra do relatório; são impressos como códigos e listados na última página.
}
tui-verdict-acceptable = aceitável
tui-verdict-to-improve = a melhorar
tui-verdict-to-correct = a corrigir
tui-opinion-approve = aprovar
tui-opinion-approve-with-conditions = aprovar com condições
tui-opinion-reject = rejeitar
tui-plan-status-todo = por fazer
tui-plan-status-in-progress = em curso
tui-plan-status-done = feita
tui-plan-status-dropped = abandonada
tui-role-assessor = avaliador
tui-role-reviewer = revisor
tui-role-approver = aprovador
tui-review-header = Farol · Apreciação da revisão { $revision }: { $title }
tui-review-header-opinion = Parecer: { $opinion }
tui-review-header-no-opinion = Ainda sem parecer
tui-review-superseded = A apreciação guardada julgou a revisão { $old }; esta é uma nova apreciação da revisão { $new } (a antiga é posta de lado na primeira alteração).
tui-review-already-countersigned = Contra-assinada como apreciação { $number }: uma apreciação assinada nunca é alterada. Esc volta ao início.
tui-review-bad-date = «{ $raw }» não é uma data: escreva-a como AAAA-MM-DD, p. ex. 2027-05-31, ou deixe-a vazia
tui-review-sections-title = Secções apreciadas { $judged }/{ $n }
tui-review-question-of = pergunta { $i } de { $n }
tui-review-verdict-line = O seu veredicto sobre esta secção: { $verdict }
tui-review-conditions-context = Parecer: { $opinion }. Diga o que tem de ser feito (as condições de uma aprovação) ou porquê (os motivos de uma rejeição); o avaliador lê-o com os seus comentários.
tui-review-summary = Veredictos: { $to_correct } a corrigir, { $to_improve } a melhorar, { $acceptable } aceitáveis, { $none } por dar; { $comments ->
    [one] 1 comentário
   *[other] { $comments } comentários
}.
tui-review-signed-by = Revisão { $revision }, assinada por { $name } ({ $role }) em { $date }.
tui-review-overall = Risco: { $inherent } antes das medidas → { $residual } com elas
tui-review-obligations-open = { $n ->
    [one] 1 obrigação legal ainda por cumprir
   *[other] { $n } obrigações legais ainda por cumprir
}
tui-review-plan-head = Plano de acção: { $n ->
    [one] 1 acção
   *[other] { $n } acções
}
tui-review-assessor-key = { $id } ({ $name }) é uma chave de avaliador: uma apreciação é contra-assinada por um revisor ou um aprovador.
tui-review-assessor-key-hint = escolha outra chave, ou crie uma: `farol keys new --name "O seu nome" --role reviewer`
tui-review-own-revision = { $id } ({ $name }) assinou a revisão { $revision }: quem assina uma revisão não contra-assina a sua apreciação.
tui-review-own-revision-hint = peça a outro revisor ou aprovador; se uma só pessoa tiver de fazer as duas coisas, diga-o no policy.ron do dossier: `Policy(allow_self_review: true)`
tui-countersign-intro = Contra-assinar torna esta apreciação da revisão { $revision } na apreciação assinada { $number }: um registo que identifica a revisão pelo seu SHA-256 e nunca pode ser alterado.
tui-no-reviewer-key = Não tem chave de revisor nem de aprovador. Uma apreciação é contra-assinada com uma delas, para que qualquer pessoa possa verificar mais tarde quem aprovou o quê.
tui-trust-it = e faça o dossier confiar nela: `farol keys trust ID`
tui-countersigned-head = ✓ Apreciação { $number } contra-assinada por { $signer } com { $key }: { $opinion }.
# O rótulo começa a linha de cima; o hash fica por baixo do que se lhe segue.
tui-countersigned-judges-label = Aprecia:
tui-countersigned-judges = { tui-countersigned-judges-label } revisão { $revision }, cujo SHA-256 é
tui-countersigned-due = A avaliação tem de ser reapreciada até { $date }.
tui-feedback-to-correct = { $n ->
    [one] 1 secção a corrigir
   *[other] { $n } secções a corrigir
}
tui-feedback-to-improve = { $n } a melhorar
tui-feedback-comments = { $n ->
    [one] 1 comentário
   *[other] { $n } comentários
}
tui-feedback-answered-by = respondida pela revisão { $n }
tui-feedback-f-lists = f lista-os
# $what é " — " e as contagens acima, ou vazio; $after um dos dois acima.
tui-feedback-banner = Apreciação: { $opinion }{ $what } (revisão { $revision }, por { $reviewer }) · { $after }
tui-feedback-comment-head = Revisor: { $reviewer }, sobre a revisão { $revision }
tui-feedback-section = { $title } — o revisor marcou-a como { $verdict }
tui-feedback-conditions = As condições ou motivos do revisor ({ $opinion }):
tui-finish-review-summary = A apreciação pede-lhe que corrija { $to_correct ->
    [one] 1 secção
   *[other] { $to_correct } secções
} e responda a { $commented ->
    [one] 1 comentário
   *[other] { $commented } comentários
}; { $unanswered ->
    [one] 1 pergunta sem resposta
   *[other] { $unanswered } perguntas sem resposta
}, { $unsure } "não sei". Enter vai para a seleccionada; assinar de novo responde à apreciação.
# $state é a expressão partilhada para "considerado não aplicável".
tui-duty-believed = { $state } — um advogado deve confirmar
tui-duties-tab-none = Deveres
tui-duties-tab = Deveres: { $open } de { $total } por cumprir
tui-duties-tab-short = Deveres: { $open } por cumprir
tui-duties-head = Cumpridos com prova: { $met } · a aguardar a DSPDP: { $awaiting } · considerados não aplicáveis: { $believed } · por cumprir: { $open }
tui-filing-tab-none = Notificação
tui-filing-tab = Notificação: { $authorise } a autorizar, { $notify } a notificar
tui-filing-tab-short = Notificação: { $authorise } autorizar, { $notify } notificar
tui-purpose-unnamed = Finalidade { $row } (sem nome)
# Artigo 23.º: quanto do conteúdo da notificação as respostas preenchem.
tui-notification-complete = Conteúdo da notificação (artigo 23.º): todos os { $total } elementos preenchidos
tui-notification-missing = Conteúdo da notificação (artigo 23.º): { $filled } de { $total } elementos preenchidos — em falta: { $missing }
# O separador entre elementos que podem ter vírgulas.
tui-item-separator = {"; "}
tui-notification-item = ({ $id }) { $title }
tui-notification-item-missing = ({ $id }) { $title }: { $missing }
tui-transfers-tab-none = Transferências
tui-transfers-tab = Transferências: { $without } de { $crossings } sem fundamento em vigor
tui-transfers-tab-short = Transf.: { $without }/{ $crossings } sem fundamento
tui-transfers-head-none = Segundo os fluxos indicados, nenhuns dados saem de Macau.
tui-transfers-head = Saídas de Macau: { $crossings }, das quais { $without } sem fundamento em vigor (artigos 19.º e 20.º)
# O veredicto da triagem numa linha; $verdict é a expressão partilhada.
tui-screening = Triagem: { $verdict } — { $reasons }
tui-screening-criteria = Triagem: { $verdict } — { $n } critérios: { $reasons }
tui-screening-not-needed = Triagem: { $verdict } — pode registar e assinar apenas a decisão da triagem
tui-screening-incomplete = Triagem: ainda sem veredicto — { $n ->
    [one] 1 pergunta da triagem sem resposta
   *[other] { $n } perguntas da triagem sem resposta
}
tui-cite-legend-confirmed = [{ cite-confirmed }]: lido nas notas ou notícias da DSPDP, não na lei.
tui-cite-legend-unverified = [{ cite-unverified }]: não verificado numa fonte; consulte primeiro um advogado.
tui-hint = sugestão: { $hint }

## O menu de línguas (ecrã inicial, tecla L); cada língua aparece no seu próprio nome.
tui-language-menu-title = Língua
tui-language-menu-keys = ↑↓ escolher · Enter mudar · Esc cancelar
tui-key-language = língua
tui-help-keys-home-language = língua: English, 繁體中文, Português (fica memorizada)

## O formulário de nova avaliação: o identificador da avaliação (um nome de pasta: nunca traduzido)
tui-form-id-label = Identificador (feito do título)
tui-form-id-placeholder = a partir do título
# Mostrado a cinzento no campo vazio: o identificador que o título dá.
tui-form-id-from-title = { $id }
tui-form-bad-id = «{ $id }» não pode ser um identificador: use de 1 a { $max } letras minúsculas a–z, algarismos e hífenes simples no meio, p. ex. relogio-ponto-2026
tui-id-taken = O identificador «{ $id }» já é usado neste dossier: escreva outro, ou deixe-o vazio para o derivar do título.

## Avisos
# A linha de estado quando o questionário não tem textos na língua do ecrã.
tui-questionnaire-lacks-lang = O questionário "{ $title }" não tem textos em { $language }: as perguntas aparecem em inglês.
# No ecrã de ajuda (tecla ?).
tui-help-translations = Os textos ingleses do Farol são a referência, escritos pelos seus autores. Os textos chineses e portugueses das perguntas e mensagens próprias do Farol são traduções do Farol, não oficiais. Os textos autênticos da Lei n.º 8/2005 são as suas revisões chinesa e portuguesa.

# Uma distância na escala de risco: $n passos de meio nível; $amount p. ex. "½", "1", "1½";
# $levels é 1 quando $amount é no máximo um nível, 2 para além disso.

## A linha de risco em directo: o nível de uma categoria mudado por uma resposta.
tui-not-processed = não tratados
tui-level-change = { $name }: { $from } → { $to }
tui-level-change-because = { $name }: { $from } → { $to } — { $because }

## Os erros da própria interface de terminal
tui-too-small = O terminal é demasiado pequeno: o Farol precisa de { $width }×{ $height } e este tem { $now_width }×{ $now_height }. Aumente a janela ou diminua o tipo de letra.
tui-error-terminal = terminal: { $message }
tui-error-not-a-terminal = os ecrãs da avaliação precisam de um terminal (a entrada e a saída padrão não o são)
    {"  "}sugestão: execute o farol num terminal, ou use os comandos sem interface: `farol new --title …`, `farol answer`, `farol score`
tui-error-theme = FAROL_THEME={ $value } não é um tema
    {"  "}sugestão: use FAROL_THEME=dark, FAROL_THEME=light ou FAROL_THEME=auto (por omissão: decide o fundo do terminal)
tui-error-write = não é possível escrever { $path }: { $message }
    {"  "}sugestão: verifique se pode escrever no dossier

## The filing pack screen (`f` on the risk screen): the DSPDP filing pack of the draft
tui-key-filing = processo
tui-key-scroll = deslocar
tui-key-next-gap = lacuna seguinte
# Enter on a gap: open the question it names.
tui-key-answer-gap = responder
tui-help-filing = Teclas: processo para a DSPDP
tui-help-keys-dashboard-filing = processo: o que apresentar à DSPDP, e as suas lacunas
tui-help-keys-filing-scroll = deslocar uma linha
tui-help-keys-filing-page = deslocar uma página
tui-help-keys-filing-ends = início, fim
tui-help-keys-filing-next-gap = lacuna seguinte
tui-help-keys-filing-previous-gap = lacuna anterior
tui-help-keys-filing-open-gap = responder à pergunta da lacuna escolhida
tui-filing-preview = Pré-visualização do rascunho, NÃO ASSINADA: assine a avaliação e faça o processo com `farol filing` antes de o apresentar. Apresente-o em chinês ou português, um formulário por finalidade.
tui-filing-no-forms = Ainda não há finalidade a notificar: responda às perguntas sobre as finalidades e o seu fundamento jurídico.
tui-filing-end = A notificação das transferências prevista no n.º 1 do artigo 20.º e o texto completo a copiar estão em `farol filing`.
# The line above the pack; $first–$last: the lines shown, of $total.
tui-filing-status = Processo: { $forms ->
    [one] 1 formulário
   *[other] { $forms } formulários
} ({ $authorise ->
    [one] 1 pedido de autorização
   *[other] { $authorise } pedidos de autorização
}) · { $gaps ->
    [0] completo
    [one] 1 lacuna
   *[other] { $gaps } lacunas
} · linhas { $first }–{ $last }/{ $total }

## O processo em PDF, a partir do ecrã do processo (r)
tui-key-filing-pdf = PDF
tui-help-keys-filing-pdf = escrever o processo em PDF em reports/
tui-dialog-writing-filing = A escrever o processo em PDF…
tui-filing-pdf-of-revision = O processo da revisão assinada { $n }, identificada pelo seu SHA-256: é o que se entrega (em chinês ou em português).
tui-filing-pdf-of-draft = Feito a partir do rascunho, que mudou desde a última assinatura (ou nunca foi assinado): todas as páginas dizem NÃO ASSINADO. Assine-o (s) para ter o processo a entregar.
tui-overdue-since = em atraso desde { $date }
tui-plan-overdue-count = { $n } em atraso
tui-dashboard-overdue-actions = ⚠ { $n ->
    [one] 1 acção do plano está
   *[other] { $n } acções do plano estão
} em atraso (a primeira desde { $date }).
tui-dashboard-review-overdue = ⚠ A reapreciação está em atraso desde { $date }: assine uma nova revisão para o revisor.
# Uma célula de uma linha de tabela desenhada em bloco: o rótulo da coluna e o valor.
tui-row-field = { $label }: { $value }
# O mesmo, quando o rótulo é uma pergunta (termina em "?").
tui-row-field-asked = { $label } { $value }
tui-review-no-risk = O risco desta revisão não é mostrado: não foi possível ler o seu questionário.
tui-help-keys-review-risk = ecrã do risco e mapa de calor da revisão (só leitura)
tui-keygen-title = Nova chave de assinatura
tui-keygen-intro = A chave fica neste computador, e a sua metade privada só pode ser lida por si. Uma frase-passe de 8 ou mais caracteres protege-a; o Farol pede-a então sempre que assinar.
tui-keygen-name = O seu nome, tal como as assinaturas o mostrarão
tui-keygen-role = Papel:
tui-keygen-pass = Frase-passe (vazio: nenhuma)
tui-keygen-again = Frase-passe outra vez
tui-keygen-key-role = papel
tui-keygen-key-create = criar
tui-keygen-key-cancel = cancelar
tui-keygen-no-name = Uma chave precisa do nome do seu titular: escreva-o no primeiro campo.
tui-keygen-differ = As duas frases-passe são diferentes: escreva a mesma nos dois campos.
tui-keygen-too-short = Uma frase-passe precisa de pelo menos { $n } caracteres (algumas palavras sem relação entre si fazem uma boa), ou nenhuma.
tui-keygen-empty-confirm = Sem frase-passe: quem puder ler o ficheiro da chave pode assinar em seu nome. Enter outra vez cria a chave sem ela; ou escreva uma frase-passe.
tui-keygen-working = A criar a chave…
tui-keygen-trust = Para as suas assinaturas serem aceites num dossier: farol keys trust { $id }
tui-keygen-close = Enter ou Esc: fechar.
tui-keygen-close-sign = Enter ou Esc: voltar à assinatura, com a nova chave.
tui-no-key-create-here = Prima Enter para criar uma agora, aqui.
tui-dialog-create-key = Enter criar uma chave · Esc fechar
tui-key-new-key = nova chave
tui-help-keys-home-new-key = criar uma chave de assinatura (nome, papel, frase-passe)
