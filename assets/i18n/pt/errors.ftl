# Mensagens de erro do Farol. Mostradas como «erro: MENSAGEM», com a sugestão na linha
# seguinte. Termos: dossier; avaliação; rascunho; revisão (revision); apreciação (review), parecer (opinion);
# assinar; contra-assinar; chave de assinatura; pacote de provas (evidence bundle).

## Disposição

err-with-hint =
    { $message }
    {"  "}sugestão: { $hint }
err-at = { $at }: { $message }
err-error = erro: { $message }
err-caused-by = {"  "}causa: { $message }
err-bug-hint = isto é um erro do Farol; por favor comunique-o

## Leitura e escrita de ficheiros

err-io-read = não é possível ler { $path }: { $source }
err-io-write = não é possível escrever { $path }: { $source }
err-io-create = não é possível criar { $path }: { $source }
err-io-move-aside = não é possível pôr de parte { $path }: { $source }
err-io-temp-dir-in = não é possível criar um directório temporário em { $path }: { $source }
err-io-temp-dir-unpack = não é possível criar um directório temporário para desempacotar { $path }: { $source }
err-io-unpack-into = não é possível desempacotar para { $path }: { $source }
err-io-signed-cannot-remove = a apreciação foi assinada, mas não é possível remover { $path }: { $source }

err-os-not-found = ficheiro ou directório inexistente
err-os-permission-denied = permissão negada
err-os-disk-full = o disco está cheio
err-os-already-exists = o ficheiro já existe

## Frases fixas das mensagens

err-phrase-read-dossier = verifique se pode ler o dossier
err-phrase-dossier-read = verifique se o dossier existe e se o pode ler
err-phrase-dossier-write = verifique se o dossier existe e se pode escrever nele
err-phrase-dir-write = verifique se o directório existe e se pode escrever nele
err-phrase-file-read = verifique se o ficheiro existe e se o pode ler
err-phrase-key-dir-read = verifique se pode ler o directório das chaves
err-phrase-key-dir-write = verifique se pode escrever no directório das chaves, ou defina FAROL_KEYS com outro directório
err-phrase-key-dir-create = verifique se o directório pode ser criado, ou defina FAROL_KEYS com outro directório
err-phrase-key-file-exists = verifique se o ficheiro da chave existe; `farol keys list` mostra as suas chaves
err-phrase-assessment-dir-write = verifique se pode escrever no directório da avaliação
err-phrase-path-read = verifique o caminho e se pode ler o ficheiro
err-phrase-path-records = verifique o caminho: indique um ficheiro de revisão, o directório de uma avaliação ou um dossier
err-phrase-path-reviews = verifique o caminho; `farol verify` sobre a avaliação lista as suas apreciações
err-phrase-path-revisions = verifique o caminho; `farol verify` sobre a avaliação lista as suas revisões
err-phrase-remove-tmp-dirs = remova os directórios .*.tmp deixados por execuções interrompidas
err-phrase-remove-by-hand = remova o ficheiro à mão: a apreciação assinada está completa
err-phrase-set-tmpdir = defina TMPDIR com um directório onde possa escrever
err-phrase-disk-full-nothing-written = o disco está cheio: liberte algum espaço e repita; nada foi escrito
err-phrase-zip-bug = isto é um erro do Farol; entretanto, escreva o pacote como directório com -o DIR
err-phrase-zip-damaged = o ficheiro está danificado ou não é um zip; peça o pacote de novo
err-phrase-give-bundle = indique o zip escrito por `farol evidence`, ou o directório em que se desempacota
err-phrase-sign-first = assine primeiro uma avaliação com `farol sign ID`; os rascunhos não entram no pacote, pois não têm assinatura
err-phrase-earlier-since = indique uma data --since anterior, ou omita-a para incluir todas as avaliações assinadas
err-phrase-record-damaged = o ficheiro está danificado ou não é uma revisão do Farol; reponha-o a partir de uma cópia de segurança
err-phrase-review-damaged = o ficheiro está danificado ou não é uma apreciação do Farol; reponha-o a partir de uma cópia de segurança
err-phrase-give-revision = indique um ficheiro de revisão assinado, …/assessments/ID/revisions/NNNN.ron
err-phrase-give-review = indique um ficheiro de apreciação assinada, …/assessments/ID/reviews/NNNN.ron
err-phrase-verify-newer = verifique-o com um Farol mais recente
err-phrase-read-newer = leia-o com um Farol mais recente
err-phrase-key-file-describes = este ficheiro descreve uma chave de assinatura; reponha-o a partir de uma cópia de segurança, ou crie uma chave nova com `farol keys new`
err-phrase-key-files-mixed = os ficheiros da chave foram trocados ou editados; reponha ambos a partir de uma cópia de segurança
err-phrase-key-restore = reponha a chave a partir de uma cópia de segurança, ou crie uma nova com `farol keys new`
err-phrase-record-edited = uma revisão assinada não pode ser editada; reponha-a a partir de uma cópia de segurança
err-phrase-record-restore = reponha a revisão a partir de uma cópia de segurança; um rascunho assina-se com `farol sign ID`
err-phrase-review-copied = foi copiada de outra avaliação; devolva-a ao seu lugar ou remova-a. O ficheiro não foi alterado.
err-phrase-not-utf8 = isto não é texto UTF-8
err-phrase-not-record = isto não é uma revisão do Farol (não começa por `Record(`)
err-phrase-not-review = isto não é uma apreciação do Farol (não começa por `Review(`)
err-phrase-lock-reappearing = o ficheiro de bloqueio continua a reaparecer
err-phrase-too-many-leftovers = demasiados directórios temporários deixados para trás
err-phrase-some-space = algum espaço

err-phrase-ron-eof = fim inesperado do ficheiro
err-phrase-ron-comma = era de esperar uma vírgula
err-phrase-ron-close-paren = era de esperar o fecho `)`
err-phrase-ron-close-bracket = era de esperar o fecho `]`
err-phrase-ron-close-brace = era de esperar o fecho `{"}"}`
err-phrase-ron-open-paren = era de esperar a abertura `(`
err-phrase-ron-open-bracket = era de esperar a abertura `[`
err-phrase-ron-string = era de esperar texto entre aspas
err-phrase-ron-string-end = era de esperar o fim do texto
err-phrase-ron-integer = era de esperar um número inteiro
err-phrase-ron-boolean = era de esperar um valor lógico (`true` ou `false`)
err-phrase-ron-identifier = era de esperar um identificador
err-phrase-ron-colon = era de esperar dois pontos
err-phrase-ron-trailing = há caracteres a mais depois do fim
err-phrase-ron-missing-field-in = falta o campo { $field } em { $within }
err-phrase-ron-missing-field = falta o campo { $field }
err-phrase-ron-duplicate-field-in = o campo { $field } aparece repetido em { $within }
err-phrase-ron-unexpected-char = carácter inesperado { $char }
err-phrase-hint-eof = o ficheiro acaba cedo demais: pode ter sido cortado; reponha-o a partir de uma cópia de segurança ou feche os parênteses abertos
err-phrase-hint-comma = ponha uma vírgula entre os elementos
err-phrase-hint-quotes = escreva o texto entre aspas
err-phrase-hint-format = corrija o texto nessa posição; o formato está descrito em questionnaires/FORMAT.md
err-phrase-kind-yes-no = Yes, No ou Unsure
err-phrase-kind-a-choice = um Choice
err-phrase-kind-a-number = um Number
err-phrase-kind-a-date = um Date
err-phrase-typed-yes-no = yes, no ou unsure
err-phrase-typed-number = um número inteiro
err-phrase-typed-date = uma data escrita AAAA-MM-DD
err-phrase-typed-row = uma linha escrita coluna=valor; coluna=valor
err-phrase-add-field = acrescente o campo `{ $field }`
err-phrase-rename-field = remova o campo ou mude-lhe o nome; aqui são permitidos: { $allowed }
err-phrase-use-one-of = use um destes: { $allowed }
err-phrase-write-once = escreva `{ $field }` uma só vez
err-phrase-write-struct = escreva aqui `{ $name }(`
err-phrase-review-tampered = a apreciação foi alterada ou danificada depois de assinada (uma apreciação assinada nunca é editada); reponha-a a partir de uma cópia de segurança
err-phrase-record-tampered = a revisão foi alterada ou danificada depois de assinada (uma revisão assinada nunca é editada); reponha-a a partir de uma cópia de segurança
err-phrase-no-signature = sem assinatura: o ficheiro não acaba com o bloco `// -- farol signature`, pelo que foi cortado, ou não é uma revisão assinada
err-phrase-key-needs-name = uma chave precisa do nome do seu titular
err-phrase-public-key-length = a chave pública tem o comprimento errado
err-phrase-question-ids = os identificadores das perguntas são como sec.mfa; `farol review ID` lista todas as perguntas com o seu identificador
err-phrase-known-keys = chaves existentes: { $known }
err-phrase-several-keys = «{ $id }» designa várias chaves; indique mais do identificador: { $known }
err-phrase-whose-key = «{ $source }» não diz de quem é a chave
err-phrase-holds-no = não contém { $file }
err-phrase-no-signed-assessment = o dossier { $dossier } não tem nenhuma avaliação assinada
err-phrase-nothing-since = nenhuma avaliação tem uma revisão ou uma apreciação assinadas em { $since } ou depois
err-phrase-zip-build = não é possível construir o zip: { $why }
err-phrase-not-ed25519 = não é uma chave privada Ed25519 em PKCS#8 PEM ({ $why })
err-phrase-key-mismatch = esta chave privada não corresponde à sua descrição { $file }
err-phrase-signed-since = entretanto foi assinada a revisão { $revision }
err-phrase-revision-gone = a revisão { $revision } já não está no dossier (a mais recente é a { $latest })
err-phrase-revision-replaced = revisions/{ $file } já não é o ficheiro que foi apreciado (o seu SHA-256 é diferente): foi substituído ou alterado
err-phrase-newer-record = esta revisão foi escrita por um Farol mais recente (formato { $found }; este lê até ao { $supported })
err-phrase-newer-review = esta apreciação foi escrita por um Farol mais recente (formato { $found }; este lê até ao { $supported })
err-phrase-review-of-other = esta apreciação é da avaliação «{ $other }», não de «{ $id }»
err-phrase-public-key-line = linha { $line }: a linha da chave pública está danificada (era de esperar `{ $prefix }` e 64 algarismos hexadecimais minúsculos)
err-phrase-signature-line = linha { $line }: a linha da assinatura está danificada (era de esperar `{ $prefix }` e 128 algarismos hexadecimais minúsculos)
err-phrase-lost-newline = linha { $line }: a linha da assinatura perdeu a quebra de linha final (o ficheiro foi cortado ou editado)
err-phrase-text-after = linha { $line }: há texto depois da assinatura, que ninguém assinou
err-phrase-bad-public-key = linha { $line }: a chave pública não é uma chave Ed25519 válida
err-phrase-bad-signature = linha { $line }: a assinatura está mal formada
err-phrase-no-revision-yet = «{ $id }» ainda não tem nenhuma revisão assinada: assine-a com `farol sign { $id }`
err-phrase-revisions-are = as suas revisões são { $revisions }
err-phrase-did-you-mean-one-of = queria dizer uma destas: { $ids }?
err-phrase-line-column = linha { $line }, coluna { $column }: { $why }
err-phrase-json-eof = o ficheiro acaba cedo demais: foi cortado; exporte de novo o rascunho
err-phrase-json-syntax = isto não é JSON válido nessa posição (falta uma vírgula, aspas ou um parêntese?); corrija-o aí, ou exporte de novo o rascunho
err-phrase-json-data = um campo aí tem um nome ou valor errado; uma exportação tem os campos que `farol export ID --format json` escreve
err-phrase-json-io = verifique se o ficheiro pode ser lido
err-phrase-attest-description = a descrição do tratamento corresponde à realidade
err-phrase-attest-risks = os riscos foram compreendidos
err-phrase-attest-plan = o plano de acção é aceite e será executado
err-phrase-cell-date = espera uma data, Text("AAAA-MM-DD")
err-phrase-cell-text = espera Text("…")
err-phrase-cell-choice = espera um Choice("…")
err-phrase-cell-choices = espera Choices(["…"])
err-phrase-cell-not-date = «{ $date }» não é uma data escrita AAAA-MM-DD, por exemplo 2026-11-02
err-phrase-cell-no-choice = não há a opção «{ $choice }»; escolha entre: { $allowed }

## Questionários, bloqueios, política, preferências

err-load-io-hint = verifique o caminho e se pode ler o ficheiro
err-lock-held = a avaliação «{ $id }» já está aberta noutro Farol (processo { $pid })
err-lock-held-review = a apreciação de «{ $id }» já está aberta noutro Farol (processo { $pid })
err-lock-held-hint = mude para essa janela, ou feche-a primeiro. Se esse processo já não existir, remova { $path }
err-lock-busy = a avaliação «{ $id }» está a ser alterada por outro comando do Farol; esperou-se { $waited } s que terminasse
err-lock-busy-review = a apreciação de «{ $id }» está a ser alterada por outro comando do Farol; esperou-se { $waited } s que terminasse
err-lock-busy-hint = nada foi escrito; tente de novo daqui a pouco. Se persistir, um processo farol ficou bloqueado a alterar { $path }: encontre-o com `ps` e termine-o
err-lock-io = não é possível bloquear { $path }: { $source }
err-lock-io-hint = verifique se pode escrever no directório do dossier
lock-other-host = nota: «{ $id }» estava bloqueada noutro computador ({ $host }, por { $user }, desde { $since }). Um bloqueio só vale no computador que o criou, por isso foi assumido aqui. Cada pessoa edita o seu próprio rascunho: o que lá se edita chega a este dossier quando for assinado, registado (commit) e trazido (pull).
err-policy-io-hint = verifique se pode ler o dossier
err-policy-parse-hint = o ficheiro de política diz `Policy(allow_self_review: true)`; ou remova-o para recusar que alguém aprecie o seu próprio trabalho
err-settings-no-home = não se encontra uma pasta pessoal onde guardar as preferências: defina { $env }

## Pareceres

err-review-incomplete = «{ $id }»: o seu histórico assinado está incompleto, pelo que não é possível determinar o seu estado: { $problems }
err-review-incomplete-hint = execute `farol verify { $dir }` para ver os pormenores, e reponha os ficheiros a partir de uma cópia de segurança
err-review-newer-schema = { $at }: esta apreciação foi escrita por um Farol mais recente (esquema { $found }; este lê até ao { $supported })
err-review-newer-schema-hint = abra-a com um Farol mais recente. O ficheiro não foi alterado.
err-review-not-signed = «{ $id }» não tem nenhuma revisão assinada para apreciar
err-review-not-signed-hint = o avaliador assina primeiro o rascunho com `farol sign { $id }`
# $reason diz o que mudou entretanto (por agora em inglês).
err-review-outdated = esta apreciação incide sobre a revisão { $judged } de «{ $id }», mas { $reason }
err-review-outdated-hint = execute `farol review { $id }` para apreciar a revisão { $latest }; a apreciação da revisão { $judged } é guardada à parte quando a nova for gravada
err-review-broken-revisions =
    as revisões de «{ $id }» não passam a verificação, pelo que não podem ser aprovadas nem rejeitadas:
    { $problems }
err-review-broken-revisions-hint = execute `farol verify { $dir }` para ver os pormenores, e peça ao avaliador que reponha as revisões a partir de uma cópia de segurança
err-review-broken-chain =
    as apreciações de «{ $id }» não passam a verificação, pelo que não se pode encadear nelas uma nova apreciação:
    { $problems }
err-review-broken-chain-hint = execute `farol verify { $dir }` para ver os pormenores, e reponha as apreciações a partir de uma cópia de segurança
err-review-no-opinion = a apreciação de «{ $id }» não dá um parecer global
err-review-no-opinion-hint = escolha um: `farol review { $id } --opinion approve|approve-with-conditions|reject`
err-review-no-conditions = uma aprovação com condições tem de dizer quais são as condições
err-review-no-conditions-hint = escreva-as: `farol review { $id } --conditions "…"`
err-review-no-reason = uma rejeição tem de dizer porquê: não há motivos, comentários nem secções marcadas para melhorar ou para corrigir
err-review-no-reason-hint = indique os motivos com `farol review { $id } --conditions "…"`, comente as perguntas com --comment, ou marque secções com --verdict
err-review-not-attested = uma aprovação exige todas as declarações; em falta: { $missing }
err-review-not-attested-hint = declare depois de verificar cada ponto, por exemplo `farol review { $id } --attest all`, ou rejeite
err-review-to-correct-approved = a apreciação aprova «{ $id }» mas marca { $sections } para corrigir
err-review-to-correct-approved-hint = rejeite (dizendo o que tem de ser corrigido), ou mude o veredicto da secção quando esta estiver correcta
err-review-not-judged = a apreciação aprova «{ $id }» mas não dá veredicto sobre { $sections }
err-review-not-judged-hint = aprecie primeiro cada secção (--verdict SECÇÃO acceptable, to-improve ou to-correct), ou rejeite
err-review-self-review = a revisão { $revision } de «{ $id }» foi assinada por { $name } com esta mesma chave ({ $key }): quem a assinou não pode contra-assinar uma apreciação dela
err-review-self-review-hint = peça a outro revisor ou aprovador que contra-assine; se uma só pessoa tiver de fazer ambos, diga-o no policy.ron do dossier: Policy(allow_self_review: true)
err-review-unknown-question = a apreciação comenta «{ $question }», que não é uma pergunta de { $questionnaire }
err-review-unknown-section = a apreciação dá um veredicto sobre «{ $section }», que não é uma secção de { $questionnaire }
err-review-unknown-section-hint = as secções são: { $known }
err-review-assessor-key = { $key } ({ $name }) é uma chave de avaliador; uma apreciação é contra-assinada por um revisor ou por um aprovador
err-review-assessor-key-hint = crie uma chave de revisor com `farol keys new --name "{ $name }" --role reviewer`, faça o dossier confiar nela (`farol keys trust`) e assine com --key
err-review-due-too-early = a reapreciação fica marcada para { $due }, que não é posterior a hoje ({ $today })
err-review-due-too-early-hint = indique uma data posterior com --due AAAA-MM-DD, ou nenhuma para seis meses a contar de hoje
err-review-exists = { $path } já existe: uma apreciação assinada nunca é substituída
err-review-exists-hint = outra apreciação foi contra-assinada ao mesmo tempo; execute `farol review` de novo

## Exportação e importação

err-exchange-not-export = { $file }: isto não é uma exportação do Farol (não tem o campo `farol_export`)
err-exchange-not-export-hint = indique um ficheiro escrito por `farol export ID --format json`
err-exchange-newer-format = { $at }: esta exportação foi escrita por um Farol mais recente (formato { $found }; este lê até ao { $supported })
err-exchange-newer-schema = { $at }: o rascunho foi escrito por um Farol mais recente (esquema { $found }; este lê até ao { $supported })
err-exchange-newer-hint = importe-a com um Farol mais recente
err-exchange-questionnaire-mismatch = { $at }: a exportação indica o questionário { $top }, mas o seu rascunho responde a { $inner }
err-exchange-questionnaire-mismatch-hint = os dois têm de coincidir; exporte de novo o rascunho com `farol export ID`
err-exchange-bad-answer-hint = corrija ou remova essa resposta no ficheiro, ou exporte de novo o rascunho
err-exchange-bad-id-empty = «{ $id }» não pode ser o identificador de uma avaliação: está vazio
err-exchange-bad-id-long = «{ $id }» não pode ser o identificador de uma avaliação: tem mais de 100 caracteres
err-exchange-bad-id-dot = «{ $id }» não pode ser o identificador de uma avaliação: começa por um ponto
err-exchange-bad-id-characters = «{ $id }» não pode ser o identificador de uma avaliação: contém caracteres que não são letras, algarismos, «-», «_» ou «.»
err-exchange-bad-id-hint = use letras, algarismos, hífenes, pontos e sublinhados, por exemplo --id clinic-portal-copy
err-exchange-exists = o dossier { $dossier } já tem uma avaliação «{ $id }»
err-exchange-exists-hint = importe-a com outro identificador com --id NOVOID, ou substitua o seu rascunho com --force
err-exchange-csv = não é possível escrever o CSV: { $why }
err-exchange-csv-hint = isto é um erro do Farol; entretanto, exporte em JSON

## Chaves de assinatura

err-key-exposed = { $path } pode ser lido por outros utilizadores (modo { $mode }); uma chave privada só pode ser legível pelo seu titular
err-key-exposed-hint = execute `chmod 600 { $path }` e, se outros a puderem ter copiado, crie uma chave nova com `farol keys new`
err-key-exposed-dir = o directório das chaves { $path } está aberto a outros utilizadores (modo { $mode })
err-key-chmod-dir-hint = execute `chmod 700 { $path }`
err-key-writable-dir = o directório das chaves { $path } pode ser escrito por outros utilizadores (modo { $mode }): qualquer pessoa poderia pôr a sua chave no lugar da sua, por isso nada é assinado com ela
err-key-writable-dir-hint = execute `chmod 700 { $path }` e depois verifique com `farol keys list` que as chaves lá guardadas são suas
err-key-needs-passphrase = { $path } está protegido por uma frase-passe, e não há terminal onde a pedir
err-key-needs-passphrase-hint = execute o comando num terminal, ou defina { $env } apenas para este comando
err-key-wrong-passphrase = frase-passe errada para { $path } (ou o ficheiro está danificado)
err-key-wrong-passphrase-hint = tente de novo; uma frase-passe esquecida não se recupera: crie uma chave nova com `farol keys new` e faça com que seja reconhecida como de confiança
err-key-no-keys = não há nenhuma chave de assinatura em { $dir }
err-key-no-keys-hint = crie uma com `farol keys new --name "O Seu Nome" --role assessor`
err-key-which-key = há { $count } chaves de assinatura em { $dir }; diga qual assina
err-key-which-key-hint = passe --key com uma destas: { $known }
err-key-unknown-key = não há nenhuma chave de assinatura «{ $id }» em { $dir }
err-key-bad-role = «{ $role }» não é uma função
err-key-bad-role-hint = use assessor (avaliador), reviewer (revisor) ou approver (aprovador)
err-key-no-name-hint = indique o nome do titular da chave, por exemplo --name "Ana Lei"
err-key-not-a-key = não é possível ler uma chave pública a partir de «{ $given }»
err-key-not-a-key-hint = indique um ficheiro escrito por `farol keys show` (…pub.ron), um ficheiro SPKI PEM (BEGIN PUBLIC KEY), 64 algarismos hexadecimais, ou o identificador de uma das suas chaves (farol:…)
err-key-no-role = a chave a reconhecer como de confiança nada diz sobre a sua função
err-key-no-role-hint = acrescente --role assessor, --role reviewer ou --role approver
err-key-random = o gerador de números aleatórios do sistema falhou: { $why }
err-key-random-hint = tente de novo; se persistir, o sistema operativo não consegue fornecer aleatoriedade
err-key-encode = não é possível codificar a chave nova em PKCS#8: { $why }
err-key-no-home = este utilizador não tem directório de configuração
err-key-no-home-hint = defina { $env } com um directório para as suas chaves de assinatura
err-key-trust-without-name = --trust { $spec }: o ficheiro contém uma chave, mas não diz de quem é nem com que função
err-key-trust-without-name-hint = indique o ficheiro que `farol keys show` escreve (indica o titular e a função), ou a impressão digital completa da chave
err-key-unknown-fingerprint = --trust { $fingerprint }: nenhuma chave com esta impressão digital acompanha o que é verificado, nem há uma no seu dossier, pelo que o titular e a função são desconhecidos
err-key-unknown-fingerprint-hint = indique o ficheiro da chave tal como `farol keys show` o escreve (`--trust FILE`)
err-key-not-trust-spec = --trust { $spec }: não é um ficheiro de chave nem uma impressão digital completa
err-key-not-trust-spec-hint = indique um ficheiro escrito por `farol keys show`, ou os 64 algarismos hexadecimais de uma impressão digital obtida junto do titular da chave

## Revisões assinadas

err-record-exists = { $path } já existe: uma revisão assinada nunca é substituída
err-record-exists-hint = foi feita outra assinatura ao mesmo tempo; execute `farol sign` de novo para fazer a revisão seguinte
err-record-broken-chain =
    as revisões de «{ $id }» não passam a verificação, pelo que não se pode encadear nelas uma nova revisão:
    { $problems }
err-record-broken-chain-hint = execute `farol verify { $dir }` para ver os pormenores, e reponha as revisões a partir de uma cópia de segurança
err-record-incomplete =
    o histórico assinado de «{ $id }» está incompleto, pelo que nada de novo é assinado sobre ele (isso esconderia a remoção):
    { $problems }
err-record-incomplete-hint = execute `farol verify { $dir }` para ver os pormenores, e reponha os ficheiros em falta a partir de uma cópia de segurança
err-record-not-records = { $path } não é uma revisão, uma avaliação nem um dossier
err-record-not-records-hint = indique um ficheiro de revisão (…/revisions/0001.ron), o directório de uma avaliação (…/assessments/ID) ou o directório de um dossier
err-record-no-revision = «{ $id }» não tem a revisão { $revision }
err-record-no-revision-yet = «{ $id }» ainda não tem nenhuma revisão

## O dossier e os seus rascunhos

err-dossier-io-hint = verifique se o directório do dossier existe e se pode escrever nele (indique-o com --dossier DIR ou FAROL_DOSSIER)
err-dossier-not-found = não há nenhuma avaliação «{ $id }» no dossier { $dossier }
err-dossier-not-found-did-you-mean = `farol list` mostra as avaliações; queria dizer «{ $close }»?
err-dossier-not-found-empty = `farol list` mostra as avaliações; o dossier está vazio: comece uma avaliação com `farol new --title …` ou `farol demo`
err-dossier-not-found-known = `farol list` mostra as avaliações; existentes: { $known }
err-dossier-unchanged-hint = { $hint }. O ficheiro não foi alterado.
err-dossier-newer-schema = { $at }: este rascunho foi escrito por um Farol mais recente (esquema { $found }; este lê até ao { $supported })
err-dossier-newer-schema-hint = abra-o com um Farol mais recente. O ficheiro não foi alterado.
err-dossier-bad-answer-hint = corrija ou remova essa resposta no ficheiro. O ficheiro não foi alterado.
err-dossier-missing-questionnaire = o questionário a que este rascunho responde ({ $id } { $version }, hash { $short }) não está no dossier nem vem incluído neste Farol
err-dossier-missing-questionnaire-hint = copie o ficheiro do questionário para { $dir }
err-dossier-unknown-questionnaire = não há nenhum questionário «{ $name }»
err-dossier-unknown-questionnaire-hint = indique um questionário incluído (macau-pdpa) ou o caminho de um ficheiro .ron
err-dossier-invalid-questionnaire = { $errors ->
    [one] o questionário { $file } tem 1 erro; execute `farol questionnaire check { $file }` para o ver
   *[other] o questionário { $file } tem { $errors } erros; execute `farol questionnaire check { $file }` para os ver
}
err-dossier-disk-full = o disco está cheio: não é possível escrever { $path }
err-dossier-disk-full-hint = liberte algum espaço nesse disco e repita; o rascunho no disco ficou como estava
err-dossier-changed-on-disk = { $path } foi alterado por outro comando do Farol depois de ter sido lido
err-dossier-changed-on-disk-hint = nada foi escrito; é lido de novo agora: reveja-o e tente outra vez
err-dossier-rebuild = «{ $id }» não tem rascunho neste computador, e a sua última revisão assinada, de onde o criar, não pode ser lida:

## Respostas

err-answer-unknown-question = «{ $id }» não é uma pergunta deste questionário{ $suggestion }
err-answer-did-you-mean = {" "}(queria dizer «{ $id }»?)
err-answer-wrong-kind = a pergunta «{ $question }» espera { $expected }, não { $got }
err-answer-unknown-choice = a pergunta «{ $question }» não tem a opção «{ $choice }»; escolha entre: { $allowed }
err-answer-one-choice = a pergunta «{ $question }» aceita uma só opção, não várias
err-answer-out-of-range = pergunta «{ $question }»: { $value } está fora do intervalo ({ $range })
err-answer-unknown-column = a pergunta «{ $question }» não tem a coluna «{ $column }»; colunas: { $allowed }
err-answer-bad-cell = pergunta «{ $question }», coluna «{ $column }»: { $problem }
err-answer-unreadable = pergunta «{ $question }»: não é possível ler «{ $value }» como { $expected }

## Pacotes de prova

err-evidence-nothing = nada a incluir no pacote: { $why }
err-evidence-exists = { $path } já existe
err-evidence-exists-not-empty = { $path } já existe e não está vazio
err-evidence-exists-not-dir = { $path } já existe e não é um directório
err-evidence-exists-filled = { $path } já existe e foi preenchido enquanto o pacote era escrito
err-evidence-exists-hint = um pacote de provas nunca substitui nada; dê outro nome à saída com -o, ou mude o antigo de lugar
err-evidence-bad-name = { $path }: o nome { $name } não pode constar de um manifesto (contém uma quebra de linha ou uma barra invertida)
err-evidence-bad-name-hint = mude-lhe o nome para letras, algarismos e hífenes
err-evidence-disk-full = o disco está cheio: não é possível desempacotar { $what } em { $path }
err-evidence-disk-full-hint = liberte { $need } nesse disco, ou aponte TMPDIR para um disco com espaço, e execute o comando de novo; nada do pacote foi guardado
err-evidence-not-bundle = { $path } não é um pacote de provas: { $why }

err-record-not-forked = «{ $id }» não tem nenhuma bifurcação: tem uma só revisão mais recente, por isso não há nada a resolver
err-record-not-forked-hint = assine o rascunho com `farol sign { $id }`
err-record-ambiguous = «{ $id }» tem { $count } ficheiros para a revisão { $revision } (uma bifurcação): { $choices }
err-record-ambiguous-hint = indique uma pelo início do seu hash, por exemplo `{ $first }`; `farol verify` indica a bifurcação e `farol resolve { $id }` resolve-a
