# A saída da linha de comandos (`farol …` sem --json). Os marcadores contêm identificadores, caminhos de ficheiros, comandos, nomes e textos do questionário ou do modelo de risco: mantêm-se como estão.
# O texto entre `acentos graves` é um comando a escrever: nunca se traduz.

## Palavras partilhadas da linha de comandos
cli-list-separator = {"; "}
cli-list-separator-long = {"; "}
cli-not-processed = não tratado
cli-name-role = { $name } ({ $role })
cli-name-role-key = { $name } ({ $role }, { $key })
cli-rule = regra { $id }
cli-plan-todo = por fazer
cli-plan-in-progress = em curso
cli-plan-done = feita
cli-plan-dropped = abandonada
cli-role-assessor = avaliador
cli-role-reviewer = revisor
cli-role-approver = aprovador
cli-priority-high = Alta
cli-priority-medium = Média
cli-priority-low = Baixa

## farol score
cli-score-title = Avaliação de risco: { $title }
cli-score-progress = Questionário { $questionnaire } · { $answered } de { $shown } perguntas respondidas
cli-score-progress-unsure = Questionário { $questionnaire } · { $answered } de { $shown } perguntas respondidas · { $unsure } com «Não sei»
cli-overall-risk = Risco global: { $inherent } antes das medidas, { $residual } com as medidas em vigor.
cli-score-highest = Mais elevado: { $names }.
cli-score-nothing-in-scope = Ainda nenhuma categoria de dados pessoais está abrangida: responda primeiro às perguntas do inventário de dados.
cli-drivers-heading = O que mais pesa no risco:
cli-driver-question = «{ $prompt }» → { $answer }
cli-driver-the-data = a própria natureza dos dados
cli-driver-affects = Afecta: { $names }.
cli-driver-affects-all = Afecta: as { $n } categorias abrangidas.
cli-col-inherent = ANTES DAS MEDIDAS (inerente)
cli-col-residual = COM AS MEDIDAS (residual)
cli-col-category = CATEGORIA DE DADOS
cli-col-risk = RISCO
cli-col-severity = GRAVIDADE
cli-col-likelihood = PROBABILIDADE
cli-category-sensitive = { $name } *
cli-sensitive-note = * dados sensíveis: a gravidade antes das medidas nunca é inferior a Significativa
cli-above-heading = Distância ao nível abaixo, com as medidas:
cli-above = { $name } { $level }: { $steps } acima de { $next }
cli-above-held = { $name } { $level }: { $steps } acima de { $next }, mas retido por um mínimo: só a eliminação da sua causa o baixa
cli-gains-heading = O que mais baixaria o risco:
cli-gain-lowers = { $name } { $now } → { $then }
cli-gain-closer = { $name } ({ $steps } mais perto)
cli-gain-overall = global { $now } → { $then }; { $categories }
cli-why-category = Porquê: { $name } — { $inherent } antes das medidas, { $residual } com as medidas
cli-axis-severity = Gravidade (quanto dano)
cli-axis-likelihood = Probabilidade (quão provável)
cli-figure-line = { $axis }: { $inherent } antes das medidas, { $residual } com as medidas
cli-measures-none = com as medidas: nenhuma medida em vigor a baixa
cli-measures = com as medidas:
cli-move-question = { $id } «{ $prompt }» → { $answer }
cli-move-cites = {" "}[{ $cites }]
cli-actions-heading = Acções recomendadas ({ $n })
cli-score-unsure = Respondidas com «Não sei» — informe-se e responda: { $ids }
cli-score-unanswered = Ainda sem resposta ({ $n }): { $ids }

## farol score: as conclusões jurídicas
cli-screening = Triagem: { $verdict }.
cli-screening-required = exigida por lei: { $title } — { $cite }
cli-screening-criteria = { $n ->
    [one] { $n } dos nove critérios WP248 preenchido ({ $likely } ou mais: provavelmente necessária):
   *[other] { $n } dos nove critérios WP248 preenchidos ({ $likely } ou mais: provavelmente necessária):
}
cli-screening-also = também: { $title }
cli-screening-unanswered = Ainda por responder: { $ids }
cli-decisions-heading = Notificar ou pedir autorização, finalidade a finalidade ({ $authorise } a autorizar, { $notify } a notificar)
cli-decision-all-processing = Todo o tratamento (ainda sem finalidades indicadas)
cli-decision-no-ground = SEM fundamento jurídico indicado (artigo 6.º)
cli-decision-not-a-ground = { $ground } — AINDA NÃO é um fundamento jurídico (artigo 6.º)
cli-decision-ground = Fundamento jurídico: { $ground }. Dados: { $data }.
cli-decision-why = Porquê: { $because } ({ $cite })
cli-transfers-heading = Dados que saem de Macau ({ $n ->
    [one] { $n } fluxo
   *[other] { $n } fluxos
}, { $without } sem fundamento em vigor)
cli-transfer-line = { $row }. { $name } → { $place }: { $state }
cli-transfer-no-basis = sem fundamento indicado
cli-transfer-basis = Fundamento: { $basis }.
cli-transfer-basis-evidence = Fundamento: { $basis }. Prova: { $evidence }.
cli-obligations-heading = Obrigações legais que as respostas desencadeiam ({ $open } por cumprir, { $met } cumpridas)
cli-mark-met = cumprida
cli-mark-awaiting = a aguardar
cli-mark-belief = convicção
cli-mark-open = por cumprir
cli-duty-evidence = Prova: { $prompt } { $answer }
cli-duty-awaiting = A aguardar a DSPDP: por cumprir até esta decidir.
cli-duty-would-meet = Cumpre-se com: { $needs }
cli-duty-no-reason = sem razão indicada
cli-duty-you-believe = Considera que não se aplica
cli-duty-belief = { $says } ({ $reason }). Continua por cumprir. Um advogado deve confirmar: { $confirm }
cli-duty-missing = Falta a prova: { $missing }
cli-notification-heading = Conteúdo da notificação (artigo 23.º da Lei n.º 8/2005): { $done } de { $total } elementos preenchidos
cli-notification-missing = ({ $id }) { $title }: em falta — { $missing }

## farol list
cli-list-empty = O dossier { $dossier } ainda não tem avaliações.
cli-list-start = Comece uma:            farol new --title "Implementação da plataforma de assiduidade"
cli-list-demo = Ou explore um exemplo: farol demo   (a plataforma de conversação e assiduidade de uma PME de Macau)
cli-col-id = ID
cli-col-answered = RESPONDIDAS
cli-col-status = ESTADO
cli-col-review-due = REAPRECIAR ATÉ
cli-col-updated = ACTUALIZADA
cli-col-title = TÍTULO
cli-col-rev = REV
cli-list-unreadable = ILEGÍVEL: { $error }
cli-list-status-forked = { $status }, bifurcada
cli-list-forked-note = bifurcada: duas revisões seguem a mesma (assinadas em dois clones); `farol verify` indica-as e `farol resolve ID` termina a bifurcação
cli-list-changed-note = * alterada desde a última revisão assinada

## farol questionnaire check
cli-check-citations = { $file }: citações: { $verified } verificadas (texto lido), { $confirmed } confirmadas junto da autoridade de controlo, { $unverified } não verificadas (nunca fundamento de uma pontuação ou de uma obrigação)
cli-check-ok = { $file }: correcto — { $id } { $version } · { $questions } perguntas · hash { $fingerprint }{ $warnings ->
    [0] {""}
    [one] {" · "}{ $warnings } aviso
   *[other] {" · "}{ $warnings } avisos
}
cli-check-failed = { $file }: { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}

## farol verify
cli-verify-not-verified = NÃO VERIFICADO
cli-verify-not-verified-because = NÃO VERIFICADO: { $failures }

## farol diff
cli-diff-the-draft = o rascunho actual
cli-diff-revision = revisão { $n } ({ $signer }, { $at })
cli-diff-no-changes = Sem alterações.
cli-diff-details = Dados gerais
cli-diff-answers = Respostas ({ $n ->
    [one] { $n } alterada
   *[other] { $n } alteradas
})
cli-diff-no-longer-answered = { $answer } (já sem resposta)
cli-diff-risk = Risco (residual salvo indicação em contrário)
cli-diff-overall = global: { $from } → { $to }
cli-diff-inherent = (inerente { $from } → { $to })
cli-diff-plan = Plano de acção
cli-field-title = título
cli-field-organisation = entidade
cli-field-system = sistema
cli-field-vendor = fornecedor
cli-field-assessor = avaliador
cli-field-questionnaire = questionário
cli-field-attachments = anexos
cli-field-status = estado
cli-field-owner = responsável
cli-field-due = prazo
cli-field-detail = pormenor
cli-field-no-date = nenhum

## farol review: a folha de apreciação
cli-sheet-title = Apreciação de «{ $id }» — { $title }
cli-sheet-signed = Revisão { $revision }, assinada por { $name } ({ $role }) em { $at }
cli-sheet-sha = sha256 { $sha256 } · questionário { $questionnaire }
cli-sheet-responds = responde à apreciação { $review }: as notas do avaliador abaixo respondem aos seus comentários
cli-meta-organisation = Entidade
cli-meta-system = Sistema
cli-meta-vendor = Fornecedor
cli-meta-assessor = Avaliador
cli-label-value = { $label }: { $value }
cli-sheet-overall = Risco global: { $inherent } antes das medidas, { $residual } com as medidas em vigor
cli-sheet-duties = Deveres legais
cli-sheet-beliefs = Convicções a verificar ({ $n }): deveres que o avaliador considera não aplicáveis; cada um continua por cumprir até um advogado confirmar
cli-sheet-no-reason = nenhuma indicada
cli-sheet-belief-reason = Razão do avaliador: { $reason }
cli-sheet-belief-confirm = Um advogado deve confirmar: { $confirm }
cli-sheet-level-unverified = [não verificado]: não conferido com uma fonte, não é de confiar sem um advogado
cli-sheet-level-confirmed = [confirmado junto da autoridade de controlo]: lido nas notas ou notícias da DSPDP, não no texto da lei
cli-sheet-levels = Níveis das citações: { $levels }; sem marca: o texto da lei foi lido.
cli-sheet-verdict = veredicto: { $verdict }
cli-sheet-no-verdict = ainda sem veredicto
cli-sheet-reviewer-note = Revisor: { $note }
cli-sheet-answer = Resposta: { $answer }
cli-sheet-why = Porquê: { $help }
cli-sheet-cite = Citação: { $cite }
cli-sheet-assessor-note = Nota do avaliador: { $note }
cli-sheet-comment = ▸ Comentário: { $comment }
cli-sheet-comments-elsewhere = Comentários a perguntas sem resposta nesta revisão
cli-sheet-plan = Plano de acção ({ $n })
cli-sheet-plan-due = , prazo { $due }

## farol review: antes de contra-assinar
cli-readiness-title = Apreciação da revisão { $revision } ({ $comments ->
    [one] { $comments } comentário
   *[other] { $comments } comentários
}, { $verdicts ->
    [one] { $verdicts } veredicto
   *[other] { $verdicts } veredictos
})
cli-readiness-opinion = Parecer:
cli-readiness-reasons = Motivos:
cli-readiness-conditions = Condições:
cli-readiness-attestations = Declarações:
cli-readiness-due = Reapreciar até:
cli-readiness-no-opinion = ainda nenhum
cli-readiness-due-none = nenhuma (uma rejeição)
cli-readiness-due-default = { $months } meses depois da contra-assinatura
cli-readiness-ready = Pronta a contra-assinar: farol review { $id } --sign
cli-readiness-give = Antes de contra-assinar, indique:

## farol status
cli-status-latest-revision = última revisão
cli-status-latest-review = última apreciação
cli-status-review-due = reapreciar até
cli-status-not-signed = ainda não assinada: `farol sign { $id }` congela o rascunho
cli-status-changed = o rascunho foi alterado desde a revisão { $revision }: assine de novo para submeter as alterações
cli-status-due-none = ainda nenhuma (fixada por uma aprovação)
cli-status-awaiting-review = a aguardar apreciação: `farol review { $id }`
cli-status-in-review = há uma apreciação em curso: `farol review { $id }` mostra-a
cli-status-draft-unreadable = (rascunho ilegível)
cli-status-changed-note = * o rascunho foi alterado desde a última revisão
cli-feedback-title = Apreciação { $review } da revisão { $revision } por { $reviewer } ({ $role }), { $date }: { $opinion }
cli-feedback-reasons = Motivos: { $text }
cli-feedback-conditions = Condições: { $text }
cli-feedback-answered = Respondida: a revisão { $revision } foi assinada depois.
cli-feedback-to-answer = Para responder: altere o rascunho, responda nas notas das perguntas comentadas e assine de novo.
cli-due-overdue-by = { $date } (EM ATRASO há { $days ->
    [one] { $days } dia
   *[other] { $days } dias
})
cli-due-in = { $date } (dentro de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
})

## farol verify de um pacote de provas
cli-bundle-title = Pacote de provas { $bundle }
cli-bundle-manifest = manifesto
cli-bundle-bundled-by = empacotado por
cli-bundle-listed = { $n } ficheiros listados, { $intact } como foram empacotados
cli-bundle-changed = { $n } alterados
cli-bundle-missing = { $n } em falta
cli-bundle-added = { $n } acrescentados
cli-bundle-no-manifest = EM FALTA
cli-bundle-signer = { $name } ({ $role }), { $at }, chave { $key }
cli-bundle-signed-trusted = { $signer }: de confiança como { $who }
cli-bundle-signed-untrusted = { $signer }: SEM CONFIANÇA (impressão digital da chave { $fingerprint })
cli-bundle-unsigned = NÃO ASSINADO: ninguém responde pelo manifesto
cli-bundle-no-manifest-to-check = não verificado: não há manifesto
cli-bundle-signature-changed = INVÁLIDA: { $file } foi alterado depois de assinado
cli-bundle-manifest-changed = INVÁLIDA: { $file } foi alterado depois de { $signer } o assinar
cli-bundle-signer-mismatch = INVÁLIDA: assinada por outra chave que não a indicada
cli-bundle-signature-damaged = DANIFICADA: { $file } não se consegue ler
cli-bundle-fail-changed = { $n ->
    [one] { $n } ficheiro alterado depois do empacotamento
   *[other] { $n } ficheiros alterados depois do empacotamento
}
cli-bundle-fail-missing = { $n ->
    [one] { $n } ficheiro em falta
   *[other] { $n } ficheiros em falta
}
cli-bundle-fail-added = { $n ->
    [one] { $n } ficheiro acrescentado depois do empacotamento
   *[other] { $n } ficheiros acrescentados depois do empacotamento
}
cli-bundle-fail-other = { $n ->
    [one] { $n } outro problema do manifesto
   *[other] { $n } outros problemas do manifesto
}
cli-bundle-fail-signature = a assinatura do manifesto falha
cli-bundle-fail-no-record = nenhum registo a verificar
cli-bundle-fail-records = { $failed } de { $n } registos falham
cli-bundle-fail-records-check = a verificação dos registos falha
cli-bundle-verified = VERIFICADO: cada ficheiro está como foi empacotado e cada registo é verificado
cli-bundle-verdict = Pacote de provas: { $verdict }

## Prefixos das mensagens na saída de erro
cli-warning = aviso: { $message }
cli-note-removed-temps = { $n ->
    [one] nota: foi removido { $n } ficheiro temporário deixado em { $dir } por um Farol interrompido
   *[other] nota: foram removidos { $n } ficheiros temporários deixados em { $dir } por um Farol interrompido
}
cli-cannot-read = não é possível ler { $path }
cli-cannot-write = não é possível escrever { $path }
cli-cannot-write-hint = não é possível escrever { $path }
    sugestão: verifique se o directório existe e se pode escrever nele
cli-saved-to = Guardado em { $path }

## farol (sem comando) e farol new, answer, demo
cli-home-title = Farol — avaliações de impacto sobre a protecção de dados ao abrigo da Lei da Protecção de Dados Pessoais de Macau
cli-home-dossier = Dossier: { $dossier }
cli-home-hint = Explicar uma pontuação de risco: farol score ID    ·    todos os comandos: farol --help
cli-no-tui-open = não é possível abrir «{ $id }»: este Farol foi compilado sem a interface de terminal (funcionalidade cargo `tui`)
    sugestão: use `farol answer` e `farol score`
cli-no-tui-new = dê um título à avaliação com --title (este Farol foi compilado sem a interface de terminal)
cli-new-needs-title = dê um título à avaliação com --title
    sugestão: farol new --title "Relógio de ponto por impressão digital" [--id ID] [--answers FICHEIRO]
cli-new-invalid-id = «{ $id }» não pode ser o identificador de uma avaliação
    sugestão: um identificador tem de 1 a 64 letras minúsculas (a–z), algarismos e hífenes, começa e acaba por letra ou algarismo, sem dois hífenes seguidos, por exemplo relogio-de-ponto-2026
cli-new-id-taken = o dossier já tem uma avaliação «{ $id }»
    sugestão: escolha outro identificador com --id, ou abra essa com `farol open { $id }`
cli-new-created = Criada a avaliação «{ $id }» ({ $questionnaire }).
cli-new-next = Responda às perguntas com `farol answer { $id } PERGUNTA VALOR`; veja o risco com `farol score { $id }`.
cli-answers-file-unreadable = { $at }: { $problem }
    sugestão: { $hint }. Um ficheiro de respostas é um mapa como `{"{"}"sec.mfa": Yes, "inv.volume": Choice("100_1000"){"}"}`
cli-answers-file-bad-answer = { $at }: { $problem }
    sugestão: corrija ou retire essa resposta
cli-answer-no-question = { $problem }
    sugestão: `farol questionnaire show --list` lista todas as perguntas com o seu identificador (são como sec.mfa)
cli-answer-removed = { $id }: resposta retirada
cli-answer-not-asked = nota: esta pergunta não é feita perante as outras respostas, por isso a sua resposta não conta
cli-demo-exists = O exemplo já está no dossier: { $path }
cli-demo-explore = Explore-o com `farol score { $id }`; `farol demo --force` repõe-no.
cli-demo-wrote = Escrita a avaliação de exemplo «{ $id }» em { $path }
cli-demo-see-why = Veja porquê: farol score { $id }

## farol questionnaire
cli-check-cannot-read = não é possível ler { $path }: { $problem }
    sugestão: verifique o caminho
cli-questionnaire-line = { $id } { $version } — { $title } ({ $questions } perguntas, { $categories } categorias) hash { $fingerprint }

## farol keys, sign
cli-keys-created = Criada a chave de assinatura { $id } para { $name } ({ $role }).
cli-keys-fingerprint = impressão digital  { $fingerprint }
cli-keys-private = chave privada      { $path } (só o seu utilizador a pode ler; guarde uma cópia de segurança)
cli-keys-protected = {"                   "}protegida pela sua frase-passe: não se recupera se a esquecer
cli-keys-to-be-accepted = Para que as suas assinaturas sejam aceites num dossier:
cli-keys-trust-own = farol keys trust { $id }            (no seu próprio dossier)
cli-keys-show-others = farol keys show { $id } > key.pub.ron   (para dar a quem guarda outro)
cli-keys-trusted = Confiada a chave { $id } ({ $name }, { $role }) em { $dossier }.
cli-keys-check-fingerprint = Confirme esta impressão digital com o titular da chave, por telefone ou pessoalmente.
cli-keys-yours = As suas chaves de assinatura ({ $dir }):
cli-keys-none-yours = nenhuma: crie uma com `farol keys new --name "O Seu Nome"`
cli-keys-line-created = { $name } ({ $role }), criada em { $date }
cli-keys-trusted-here = De confiança neste dossier ({ $dir }):
cli-keys-none-trusted = nenhuma: acrescente chaves com `farol keys trust FICHEIRO|CHAVE`
cli-keys-not-trusted = { $file }: { $problem } (não é de confiança)
cli-passphrase-for = Frase-passe de { $path }:{" "}
cli-passphrase-new = Nova frase-passe:{" "}
cli-passphrase-again = A mesma outra vez:{" "}
cli-passphrase-env-empty = { $var } está vazia
    sugestão: defina-a com a frase-passe, ou retire-a para que seja pedida
cli-passphrase-no-terminal = não é possível pedir a frase-passe: não há terminal
    sugestão: execute-o num terminal, ou defina FAROL_PASSPHRASE só para este comando
cli-passphrase-too-short = uma frase-passe precisa de pelo menos { $n } caracteres
    sugestão: algumas palavras sem relação entre si fazem uma boa frase-passe; nada foi criado
cli-passphrase-differ = as duas frases-passe são diferentes
    sugestão: execute de novo o comando; nada foi criado
cli-signed = Assinada a revisão { $revision } de { $id } como { $name } ({ $role }) com { $key }.
cli-signed-record = registo
cli-signed-next = O rascunho fica como está, para continuar a editar; o próximo `farol sign` cria a revisão { $next }.
cli-signed-over-newer = nota: o seu rascunho partiu da revisão { $base }, e entretanto foi assinada aqui a revisão { $last } (por outra pessoa, chegada com o git): a revisão { $revision } segue-a com as respostas do seu rascunho. Veja o que isso mudou com `farol diff { $id } { $last } { $revision }`.
cli-signed-untrusted-note = nota: este dossier ainda não confia em { $key }, por isso `farol verify` falhará até executar
      farol keys trust { $key }

## farol diff
cli-diff-not-a-revision = «{ $given }» não é uma revisão
    sugestão: indique um número de revisão (1, 2, …) ou `draft`
cli-diff-nothing-signed = «{ $id }» não tem nenhuma revisão assinada para comparar
    sugestão: assine-a com `farol sign { $id }`
cli-diff-does-not-verify = aviso: { $file } não é verificado ({ $problem }); execute `farol verify { $file }` antes de confiar nesta comparação
cli-diff-does-not-verify-see = aviso: { $file } não é verificado (veja farol verify); execute `farol verify { $file }` antes de confiar nesta comparação
cli-diff-reading-older = ao ler a revisão mais antiga
cli-diff-reading-newer = ao ler a revisão mais recente

## farol review
cli-review-superseded = nota: a apreciação guardada avaliava a revisão { $old }, mas a última é a revisão { $latest }; esta é uma nova apreciação (a antiga é guardada como { $file } quando esta for guardada)
cli-review-not-a-verdict = «{ $given }» não é um veredicto
    sugestão: use acceptable, to-improve ou to-correct, por exemplo --verdict { $section } to-correct
cli-review-note-without-verdict = a secção «{ $section }» não tem veredicto a anotar
    sugestão: indique também o veredicto: --verdict { $section } to-improve --note { $section } "…"
cli-review-not-an-attestation = «{ $given }» não é uma declaração
    sugestão: use description, risks, plan ou all
cli-review-not-an-opinion = «{ $given }» não é um parecer global; use approve, approve-with-conditions ou reject
cli-review-saved = Guardada a apreciação de «{ $id }» em { $path }
cli-countersigned = Contra-assinada a apreciação { $review } da revisão { $revision } de «{ $id }»: { $opinion }, como { $name } ({ $role }) com { $key }.
cli-countersigned-next = O avaliador vê a apreciação ao reabrir o rascunho (`farol status { $id }`); o próximo `farol sign` responde-lhe.
cli-countersigned-untrusted-note = nota: este dossier ainda não confia em { $key } como { $role }, por isso `farol verify` falhará até executar
      farol keys trust { $key }

## farol evidence
cli-evidence-wrote = Escrito o pacote de provas { $path } ({ $assessments ->
    [one] { $assessments } avaliação
   *[other] { $assessments } avaliações
}, { $revisions ->
    [one] { $revisions } revisão
   *[other] { $revisions } revisões
}, { $reviews ->
    [one] { $reviews } apreciação
   *[other] { $reviews } apreciações
}, { $reports ->
    [one] { $reports } relatório
   *[other] { $reports } relatórios
}; { $files } ficheiros, { $kb } KB).
cli-evidence-assessment = revisão { $revision } · sha256 { $sha256 }
cli-evidence-records = registos
cli-evidence-signed-by = assinado por { $who }
cli-evidence-not-signed = NÃO ASSINADO: não tem chave de assinatura (crie uma com `farol keys new`)
cli-evidence-records-line = { $verified } verificados, { $failed } falharam
cli-evidence-records-line-failed = { $verified } verificados, { $failed } falharam (veja VERIFICATION.txt no pacote)
cli-evidence-give-fingerprints = Entregue ao inspector estas impressões digitais por outra via (telefone, papel, pessoalmente);
    ele verifica o pacote com: farol verify { $path } --trust IMPRESSÃO …
cli-evidence-some-fail = aviso: alguns registos não são verificados; o pacote guarda-os como estão, e di-lo

## farol export, import
cli-export-plan-needs-csv = --plan usa-se com --format csv
    sugestão: a exportação JSON já contém o plano de acção; para o plano sozinho execute `farol export { $id } --format csv --plan`
cli-wrote-bytes = Escrito { $path } ({ $n ->
    [one] { $n } byte
   *[other] { $n } bytes
}).
cli-import-cannot-read-stdin = não é possível ler a entrada padrão
cli-import-stdin = (entrada padrão)
cli-import-cannot-read = não é possível ler { $path }
    sugestão: verifique o caminho; indique um ficheiro escrito por `farol export ID --format json`
cli-import-counts = { $answers ->
    [one] { $answers } resposta
   *[other] { $answers } respostas
}, { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}, { $plan ->
    [one] { $plan } elemento do plano
   *[other] { $plan } elementos do plano
}, { $attachments ->
    [one] { $attachments } anexo
   *[other] { $attachments } anexos
}
cli-import-imported = Importada «{ $id }» ({ $title }) de { $from }: { $counts } ({ $questionnaire }).
cli-import-replaced = Substituído o rascunho de «{ $id }» ({ $title }) a partir de { $from }: { $counts } ({ $questionnaire }).
cli-import-draft = rascunho  { $path }
cli-import-revisions = «{ $id }» tem { $n ->
    [one] { $n } revisão assinada
   *[other] { $n } revisões assinadas
}; o próximo `farol sign { $id }` cria a revisão { $next }.
cli-import-next = Abra-a com `farol open { $id }`, ou veja o seu risco com `farol score { $id }`.
cli-import-missing-attachment = nota: o anexo { $name } ({ $sha256 }) não está neste dossier; copie-o para { $path }

## farol report
cli-report-bad-revision = --revision { $given }: esperava-se um número de revisão (1, 2, …), `latest` ou `draft`
    sugestão: `farol verify` lista as revisões
cli-report-cannot = não é possível fazer o relatório de «{ $id }»
cli-report-wrote-revision = Escrito { $path } ({ $pages } páginas, { $kb } KB): revisão assinada { $revision }.
cli-report-wrote-draft = Escrito { $path } ({ $pages } páginas, { $kb } KB): RASCUNHO NÃO ASSINADO, feito a partir do rascunho; assine-o com `farol sign { $id }`.
cli-report-draft-changed = nota: o rascunho foi alterado desde que a revisão { $revision } foi assinada; para o relatório do registo, execute
      farol report { $id } --revision { $revision }
cli-report-missing-glyphs = aviso: os tipos de letra do relatório não desenham { $n ->
    [one] { $n } carácter, impresso
   *[other] { $n } caracteres, impressos
} como o seu código: { $chars }
cli-report-overflows = aviso: algum texto sai da página (um erro de paginação, por favor comunique-o):

## farol --help: os comandos e as suas opções
cli-help-usage = Utilização:{" "}
cli-help-commands = Comandos:
cli-help-arguments = Argumentos:
cli-help-options = Opções:
cli-help-flag = Mostrar a ajuda
cli-help-flag-long = Mostrar a ajuda (um resumo com '-h')
cli-help-flag-short = Mostrar a ajuda (mais com '--help')
cli-version-flag = Mostrar a versão
cli-help-command = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
cli-about-farol = Avaliações de impacto sobre a protecção de dados ao abrigo da Lei da Protecção de Dados Pessoais de Macau (Lei n.º 8/2005)
cli-about-farol-long =
    O Farol guia-o numa avaliação de impacto sobre a protecção de dados (AIPD) ao abrigo da Lei da Protecção de Dados Pessoais de Macau (Lei n.º 8/2005), pontua o risco de cada categoria de dados pessoais e explica-o.
    {""}
    As avaliações ficam num directório de dossier: --dossier DIR, ou FAROL_DOSSIER, ou um directório por omissão de cada utilizador.
    O Farol nunca se liga à rede.
cli-arg-dossier = O directório do dossier que guarda as avaliações (também FAROL_DOSSIER)
cli-arg-lang = Língua dos ecrãs, mensagens, relatórios e textos do questionário: en, zh-Hant ou pt (também FAROL_LANG; senão a língua escolhida na interface de terminal, senão a do sistema)
cli-about-new = Começar uma nova avaliação: o formulário na interface de terminal, ou sem interface com --title
cli-arg-new-title = Um título curto, por exemplo "Relógio de ponto por impressão digital". Sem ele, a interface de terminal pergunta
cli-arg-new-id = O identificador da avaliação: letras minúsculas, algarismos e hífenes interiores, por exemplo relogio-de-ponto-2026 (por omissão: feito a partir do título, o chinês em pinyin)
cli-arg-new-questionnaire = O identificador de um questionário incorporado ou um ficheiro de questionário; - lê-o da entrada padrão (por omissão: macau-pdpa)
cli-arg-new-answers = Começar com as respostas deste ficheiro RON (`{"{"}"question.id": Yes, …{"}"}`); - lê-as da entrada padrão
cli-arg-new-organisation = A entidade responsável pelo tratamento
cli-arg-new-system = O sistema avaliado
cli-arg-new-vendor = O fornecedor do sistema
cli-arg-new-assessor = Quem faz a avaliação
cli-about-open = Retomar uma avaliação na interface de terminal, na pergunta em que ficou
cli-arg-open-id = O identificador da avaliação (veja `farol list`)
cli-about-answer = Responder a uma pergunta de um rascunho (para scripts; normalmente usa-se a interface de terminal)
cli-arg-answer-id = O identificador da avaliação (veja `farol list`)
cli-arg-answer-question = O identificador da pergunta, por exemplo sec.mfa
cli-arg-answer-value = A resposta: yes/no/unsure, o identificador de uma opção, identificadores separados por vírgulas, texto, um número, uma data AAAA-MM-DD, ou para uma tabela uma linha como "column=value; column=a,b" (acrescentada)
cli-arg-answer-clear = Retirar a resposta em vez disso
cli-arg-answer-note = Uma nota a guardar com a resposta
cli-about-list = Listar as avaliações do dossier
cli-arg-list-json = Saída legível por máquina (JSON)
cli-about-demo = Escrever uma avaliação de exemplo preenchida para explorar
cli-arg-demo-force = Substituir o exemplo se já estiver no dossier
cli-about-score = Pontuar um rascunho ou um ficheiro de respostas: o risco de cada categoria de dados, com as razões
cli-arg-score-target = O identificador de uma avaliação, um ficheiro de rascunho ou um ficheiro de respostas; - lê um rascunho ou respostas da entrada padrão
cli-arg-score-questionnaire = O questionário de um ficheiro de respostas: um identificador incorporado ou um ficheiro; - lê-o da entrada padrão (por omissão: macau-pdpa)
cli-arg-score-json = Saída legível por máquina (JSON); as mesmas entradas dão sempre os mesmos bytes
cli-about-keys = Criar, mostrar, confiar e listar chaves de assinatura
cli-about-keys-new = Criar um par de chaves de assinatura; a chave privada só pode ser lida por si
cli-arg-keys-new-name = O seu nome, tal como aparecerá em cada registo que assinar
cli-arg-keys-new-role = A função em que assina: assessor (avaliador), reviewer (revisor) ou approver (aprovador) (por omissão: assessor)
cli-arg-keys-new-passphrase = Proteger a chave privada com uma frase-passe (pedida duas vezes no terminal, ou lida de FAROL_PASSPHRASE); cada assinatura pede-a depois
cli-about-keys-show = Mostrar uma chave pública e a sua impressão digital, como ficheiro em que outros podem confiar
cli-arg-keys-show-id = O identificador de uma chave (farol:…) ou o nome do titular; a única chave se for omitido
cli-about-keys-trust = Confiar numa chave pública neste dossier: as suas assinaturas passam a ser verificadas
cli-arg-keys-trust-key = Um ficheiro de `farol keys show` (- para a entrada padrão), um ficheiro SPKI PEM, 64 dígitos hexadecimais, ou o identificador da sua própria chave
cli-arg-keys-trust-name = De quem é a chave (lido do ficheiro quando o indica)
cli-arg-keys-trust-role = A função em que assina (lida do ficheiro quando a indica)
cli-about-keys-list = Listar as suas chaves de assinatura e as chaves em que este dossier confia
cli-about-sign = Congelar o rascunho na próxima revisão assinada
cli-arg-sign-id = O identificador da avaliação (veja `farol list`)
cli-arg-sign-key = A chave com que assinar: um identificador (farol:…) ou o nome do titular; necessária se tiver várias
cli-about-verify = Verificar assinaturas, confiança, a cadeia de revisões e o risco guardado; termina com 0 só se tudo for verificado
cli-arg-verify-paths = Ficheiros de registo, directórios de avaliações, dossiers, ou um pacote de provas (o seu directório ou zip); - lê um registo, um zip de pacote de provas ou um PDF de relatório da entrada padrão (por omissão: o dossier)
cli-arg-verify-trust = Confiar exactamente nesta chave: um ficheiro de chave pública como o escreve `farol keys show`, ou uma impressão digital completa de 64 dígitos hexadecimais obtida do titular por outra via; - lê um ficheiro de chave da entrada padrão. Pode repetir-se. Sem ela, usam-se as chaves de confiança do seu próprio dossier (--dossier ou FAROL_DOSSIER)
cli-arg-verify-trust-bundle-keys = Confiar também, sem verificação, nas chaves que vieram com um pacote (ou outro dossier). Só para um pacote cujas impressões digitais comparou pessoalmente
cli-arg-verify-accept-unanchored = Aceitar avaliações assinadas antes de o Farol guardar registos de estado (e dossiers sem índice): a remoção da sua revisão ou da sua apreciação mais recente não pode ser detectada, e é indicada numa nota em vez de falhar
cli-arg-verify-json = Saída legível por máquina (JSON)
cli-about-diff = O que mudou entre duas revisões: respostas, risco, plano de acção
cli-arg-diff-id = O identificador da avaliação (veja `farol list`)
cli-arg-diff-rev-a = A revisão mais antiga: um número, ou "draft" (por omissão: a anterior a REV_B)
cli-arg-diff-rev-b = A revisão mais recente: um número, ou "draft" (por omissão: a última)
cli-arg-diff-json = Saída legível por máquina (JSON)
cli-about-review = Apreciar uma revisão assinada: comentar, dar veredictos e um parecer global, declarar, contra-assinar (num terminal sem opções: o modo de apreciação, em ecrã inteiro)
cli-arg-review-id = O identificador da avaliação (veja `farol list`)
cli-arg-review-comment = Comentar uma pergunta (pode repetir-se); um TEXT vazio retira o comentário
cli-arg-review-verdict = Um veredicto sobre uma secção: acceptable, to-improve ou to-correct (pode repetir-se)
cli-arg-review-note = A nota do revisor ao veredicto de uma secção (pode repetir-se)
cli-arg-review-opinion = O parecer global: approve, approve-with-conditions ou reject
cli-arg-review-conditions = As condições de uma aprovação com condições, ou os motivos de uma rejeição
cli-arg-review-attest = Declarar: description (corresponde à realidade), risks (foram compreendidos), plan (é aceite e será executado), ou all; pode repetir-se ou separar-se por vírgulas
cli-arg-review-unattest = Retirar uma declaração (description, risks, plan ou all)
cli-arg-review-due = Quando a avaliação tem de ser reapreciada (por omissão: seis meses depois da contra-assinatura)
cli-arg-review-sign = Contra-assinar a apreciação: passa a ser um registo assinado, escrito uma só vez
cli-arg-review-key = A chave com que contra-assinar: um identificador (farol:…) ou o nome do titular; por omissão a sua única chave de revisor ou aprovador
cli-arg-review-json = Saída legível por máquina (JSON): a folha e a apreciação até agora
cli-about-status = Em que ponto estão as avaliações: rascunho, assinada, em apreciação, aprovada, rejeitada; reapreciação periódica
cli-arg-status-id = Uma avaliação (por omissão: todas as avaliações do dossier)
cli-arg-status-json = Saída legível por máquina (JSON)
cli-about-report = Escrever o relatório PDF para o processo de conformidade
cli-arg-report-id = O identificador da avaliação (veja `farol list`)
cli-arg-report-revision = O que relatar: um número de revisão, `latest` ou `draft`. Por omissão: a última revisão assinada se o rascunho não mudou desde que foi assinada, senão o rascunho (marcado RASCUNHO NÃO ASSINADO em cada página)
cli-arg-report-output = Onde escrever o PDF (por omissão: ID-rNNNN.pdf ou ID-draft.pdf no directório actual)
cli-about-evidence = Empacotar os registos assinados, relatórios, chaves e um manifesto assinado para uma inspecção
cli-after-evidence = O pacote contém cada revisão e apreciação assinada das avaliações, os seus relatórios PDF, as chaves públicas de confiança, as versões do questionário a que respondem, o relatório de verificação e um manifesto de hashes SHA-256, assinado com a sua chave. Os rascunhos não são incluídos: não estão assinados. Entregue ao inspector as impressões digitais das suas chaves por outra via; ele verifica o pacote em qualquer lado com `farol verify FILE.zip --trust FINGERPRINT`, ou só com o OpenSSL, como explica o seu README.txt.
cli-arg-evidence-since = Só as avaliações com uma revisão ou apreciação assinada em DATE ou depois (AAAA-MM-DD, UTC). Cada uma vem com todo o seu histórico, para que a sua cadeia de revisões continue a ser verificada
cli-arg-evidence-output = Onde escrever: um FILE.zip, ou um directório que não exista ou esteja vazio, ou - para o zip na saída padrão (por omissão: evidence-AAAA-MM-DD.zip no directório actual). Nunca se substitui nada
cli-arg-evidence-key = A chave que assina o manifesto: um identificador (farol:…) ou o nome do titular; necessária se tiver várias. Sem nenhuma chave o manifesto é escrito sem assinatura
cli-about-export = Escrever um rascunho em JSON (para importar noutro lado) ou CSV (respostas ou plano de acção)
cli-arg-export-id = O identificador da avaliação (veja `farol list`)
cli-arg-export-format = json (o rascunho inteiro, para importar noutro lado) ou csv (as respostas, ou com --plan o plano de acção); por omissão: json
cli-arg-export-plan = Com --format csv: o plano de acção em vez das respostas
cli-arg-export-output = Escrever em FILE em vez da saída padrão
cli-about-import = Criar um rascunho a partir de uma exportação JSON
cli-arg-import-file = Um ficheiro escrito por `farol export ID --format json` (- para a entrada padrão)
cli-arg-import-id = Importar com este identificador em vez do que está no ficheiro
cli-arg-import-force = Substituir o rascunho de uma avaliação que já tenha este identificador
cli-about-questionnaire = Trabalhar com questionários
cli-about-questionnaire-check = Validar um ficheiro de questionário; cada problema com ficheiro, linha e coluna
cli-arg-questionnaire-check-file = O ficheiro do questionário (.ron); - para a entrada padrão
cli-arg-questionnaire-check-json = Saída legível por máquina (JSON)
cli-about-questionnaire-list = Listar os questionários incorporados

## Os erros de utilização do clap (uma opção desconhecida, um argumento em falta…)
cli-clap-unknown-argument = argumento inesperado «{ $arg }»
cli-clap-invalid-subcommand = subcomando desconhecido «{ $name }»
cli-clap-value-required = «{ $arg }» precisa de um valor, mas nenhum foi indicado
cli-clap-invalid-value = valor inválido «{ $value }» para «{ $arg }»
cli-clap-possible-values = valores possíveis: { $values }
cli-clap-validation = valor inválido «{ $value }» para «{ $arg }»: { $reason }
cli-clap-missing-required = não foram indicados os seguintes argumentos obrigatórios: { $args }
cli-clap-missing-subcommand = «{ $name }» precisa de um subcomando, mas nenhum foi indicado
cli-clap-too-many-values = valor inesperado «{ $value }» para «{ $arg }»; não se esperavam mais
cli-clap-wrong-number = número errado de valores para «{ $arg }»: { $actual } indicados
cli-clap-conflict = o argumento «{ $arg }» não pode ser usado com «{ $other }»
cli-clap-suggest = sugestão: existe um parecido: «{ $suggestion }»
cli-clap-more-info = Para mais informações, experimente '--help'.
cli-arg-answer-row = Para uma tabela: alterar a linha N (a partir de 1) em vez de acrescentar uma; as células indicadas substituem as dessa linha, as outras mantêm-se (com --clear: remover essa linha)
cli-answer-no-row = «{ $id }» não tem a linha { $row }: a tabela tem { $rows ->
    [0] nenhuma linha
    [one] 1 linha
   *[other] { $rows } linhas
}
    {"  "}sugestão: `farol score` e o relatório listam as linhas; acrescente uma sem --row
cli-answer-row-not-table = --row é para uma pergunta em tabela, e «{ $id }» não o é
cli-no-dossier = não há nenhum dossier em { $path }
    {"  "}sugestão: verifique o caminho (--dossier, FAROL_DOSSIER); `farol new` ou `farol demo` cria ali um dossier
cli-cannot-write-stdout = não é possível escrever a saída

## Forks
cli-about-completions = Mostra o script de preenchimento automático de uma shell, para instalar onde a shell o lê
cli-about-man = Mostra a página de manual (roff), por exemplo `farol man > farol.1 && man -l farol.1`
cli-arg-completions-shell = A shell: bash, zsh, fish, elvish ou powershell
cli-about-questionnaire-show = Todas as perguntas do questionário incorporado com o seu identificador, ou uma pergunta completa
cli-about-questionnaire-export = Escreve o ficheiro de um questionário incorporado, byte a byte, para o adaptar ou verificar
cli-arg-questionnaire-show-question = Um identificador de pergunta, por exemplo sec.mfa; sem ele, todas as perguntas
cli-arg-questionnaire-show-list = Lista todas as perguntas (o mesmo que não indicar nenhuma)
cli-arg-questionnaire-export-id = O identificador do questionário (por omissão: macau-pdpa)
cli-arg-questionnaire-export-output = O ficheiro a escrever; - ou nenhum para a saída padrão
cli-questionnaire-unknown = não há questionário incorporado '{ $id }'; os incorporados são: { $known }
cli-questionnaire-no-question = '{ $id }' não é uma pergunta do questionário incorporado; `farol questionnaire show --list` lista todas as perguntas com o seu identificador
cli-questionnaire-show-line = { $id }  [{ $section }]  { $prompt }
cli-questionnaire-show-section = secção: { $section }
cli-questionnaire-show-one-of = resposta: uma de { $values }
cli-questionnaire-show-any-of = resposta: qualquer uma de { $values } (separadas por vírgulas)
cli-questionnaire-show-columns = resposta: linhas com as colunas { $values } (`farol answer ID QUESTION "column=value; …"` acrescenta uma)
cli-questionnaire-show-text = resposta: texto
cli-questionnaire-show-number = resposta: um número inteiro (no mínimo { $min }, no máximo { $max })
cli-questionnaire-show-date = resposta: uma data, AAAA-MM-DD
cli-questionnaire-show-conditional = perguntada só quando respostas anteriores a tornam pertinente
cli-questionnaire-show-why = porque importa: { $text }
cli-questionnaire-show-example = exemplo: { $text }
cli-questionnaire-show-cite = cita: { $cite }
cli-questionnaire-export-failed = não é possível escrever o questionário em { $path }: verifique se a pasta existe e se pode escrever nela
cli-questionnaire-exported = Escrito { $path } (impressão digital { $fingerprint }); verifique uma cópia alterada com `farol questionnaire check { $path }`
cli-arg-keys-list-json = Saída legível por máquina (JSON, com a versão do esquema)
cli-about-resolve = Resolver uma bifurcação: assinar uma revisão que se segue a uma das revisões mais recentes e junta as outras
cli-arg-resolve-keep = Assinar o conteúdo dessa revisão mais recente (N-<hash>, como `farol verify` a indica) em vez do do rascunho; o rascunho passa a ter esse conteúdo
cli-resolve-keep-draft-changed = o seu rascunho de '{ $id }' tem alterações que nenhuma revisão assinou, e --keep substituí-las-ia: execute `farol resolve { $id }` para assinar o rascunho como a revisão que termina a bifurcação, ou assine-o primeiro com `farol sign { $id }` e resolva depois
cli-resolve-bad-keep = «{ $given }» não indica nenhuma revisão: indique N-<hash>, como `farol verify` indica as revisões mais recentes
cli-resolve-keep-not-a-tip = «{ $given }» não é uma das revisões mais recentes da bifurcação: escolha uma de { $tips }
cli-resolved = Assinada a revisão { $revision } de { $id } ({ $file }): junta { $count ->
    [one] a outra revisão mais recente, { $merged }
   *[other] as outras revisões mais recentes, { $merged }
}. A bifurcação está resolvida; todas as revisões são mantidas como prova.
cli-signed-forked = aviso: «{ $id }» tem uma bifurcação: { $file } não se segue a { $count ->
    [one] { $others }, que chegou de outro clone
   *[other] { $others }, que chegaram de outro clone
}. Ambas são mantidas, mas `farol verify` falha até executar `farol resolve { $id }`.
cli-forked-warning = nota: «{ $id }» tem uma bifurcação: as revisões mais recentes são { $tips }; é usada a { $latest }. `farol verify` indica a bifurcação; `farol resolve { $id }` resolve-a.
cli-after-farol =
    Variáveis de ambiente:
    {"  "}FAROL_DOSSIER     o directório do dossier, como --dossier
    {"  "}FAROL_LANG        a língua, como --lang: en, zh-Hant ou pt
    {"  "}FAROL_KEYS        o directório das suas chaves privadas de assinatura
    {"                    "}(por omissão: keys/ no directório de configuração do Farol)
    {"  "}FAROL_PASSPHRASE  a frase-passe de uma chave protegida, para scripts
    {"                    "}(senão é pedida no terminal)
    {"  "}FAROL_CONFIG_DIR  onde o Farol guarda as suas definições
    {"                    "}(por omissão: ~/.config/farol no Linux)
    {"  "}FAROL_THEME       as cores da interface de terminal: dark, light ou auto (por omissão: auto)
    {"  "}NO_COLOR          com qualquer valor: a interface de terminal não usa cores
cli-arg-json = Saída legível por máquina (ver "JSON output" no README)
cli-json-not-with-stdout = --json e -o - escreveriam ambos na saída padrão: escreva o PDF num ficheiro com -o FILE, ou omita --json
cli-stdin-once = a entrada padrão (-) só pode ser indicada uma vez
cli-stdin-two-options = { $first } e { $second } pedem ambos para ler a entrada padrão (-), que só pode ser lida uma vez: indique um deles como ficheiro
cli-json-not-with-stdout-zip = --json e -o - escreveriam ambos na saída padrão: escreva o pacote de provas num ficheiro com -o FILE.zip, ou omita --json
cli-progress-reports = A gerar os relatórios:
cli-progress-verify = Ficheiros assinados verificados:
