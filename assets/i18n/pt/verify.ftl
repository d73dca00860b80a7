# Resultados de `farol verify`: o que está errado num registo assinado, onde, e o que fazer.
# $kind é "revision" (revisão assinada de uma avaliação) ou "review" (apreciação contra-assinada).
# Os nomes de ficheiros e os comandos entre `acentos graves` ficam como estão.
# Termos: revisão, apreciação (review), parecer (opinion), assinatura, chave, impressão digital (da chave), de confiança,
# dossier, avaliação, cópia de segurança, registo de estado (head), índice, rascunho.

## Funções de quem assina
verify-role-assessor = avaliador
verify-role-reviewer = revisor
verify-role-approver = aprovador

## De onde vêm as chaves de confiança
verify-source-trust-flag = as chaves indicadas com --trust
verify-source-own-dossier = as chaves de confiança do seu dossier { $dossier }
verify-source-dossier = as chaves de confiança do dossier { $dossier }
verify-source-and-bundle-keys = { $source }, e as chaves que o acompanham (--trust-bundle-keys)
verify-key-line = { $key } { $name } ({ $role }), impressão digital da chave { $fingerprint }
verify-trusted-key-damaged = { $file }: { $problem }; esta chave não é de confiança enquanto o ficheiro não for corrigido (`farol keys trust` reescreve-o)
verify-trust-unknown-fingerprint = --trust { $fingerprint }: nenhuma chave com esta impressão digital acompanha o que se verifica, pelo que nada aqui pode ter sido assinado por ela: as chaves foram substituídas, ou a impressão digital não é a deste pacote; pergunte de novo ao titular da chave
verify-trust-name-from-files = --trust { $fingerprint }: o nome e a função desta chave ({ $name }, { $role }) são os que constam dos ficheiros verificados; confirme-os com quem lhe deu a impressão digital

## O que verificar
verify-nothing-signed = nenhum registo assinado em { $paths }; assine primeiro um rascunho com `farol sign ID`
verify-revisions-removed = «{ $id }»: o seu rascunho indica a revisão { $n } como assinada, mas { $dir } não contém nenhuma revisão: as revisões foram apagadas; reponha-as a partir de uma cópia de segurança
verify-reviews-without-revision = «{ $id }» tem apreciações assinadas mas nenhuma revisão assinada: as suas revisões foram apagadas; reponha-as a partir de uma cópia de segurança
verify-not-signed-yet = «{ $id }» ainda não tem nenhuma revisão assinada (assine-a com `farol sign { $id }`)
verify-no-review-in-dir = { $dir } não contém nenhuma apreciação assinada; contra-assine primeiro uma com `farol review ID --sign`
verify-no-revision-in-dir = { $dir } não contém nenhuma revisão assinada; assine primeiro o rascunho com `farol sign ID`
verify-nothing-to-verify = «{ $id }» não tem nenhuma revisão assinada para verificar; assine-a primeiro com `farol sign { $id }`
verify-zip-outside-bundle = { $name } está no zip mas fora da pasta do pacote: foi acrescentado depois de o pacote ser feito

## Assinaturas e confiança
verify-cannot-read = não é possível ler { $file }: { $error }; verifique se o ficheiro existe e se tem permissão para o ler
verify-signature-mismatch = a assinatura não corresponde ao conteúdo do ficheiro: o registo foi alterado depois de assinado; reponha-o a partir de uma cópia de segurança
verify-signer-key-mismatch = { $kind ->
    [review] a apreciação
   *[other] o registo
} indica a chave { $named } como a de quem assina, mas foi assinado com { $used }; não é o que { $name } assinou
verify-review-by-assessor = a apreciação está assinada por { $name } como avaliador; uma apreciação é contra-assinada por um revisor ou por um aprovador
verify-key-untrusted = assinado com { $key }, uma chave que aqui não é de confiança (diz ser de { $name }, { $role })
    {"  "}sugestão: se o titular da chave confirmar a impressão digital { $fingerprint }, indique `--trust { $fingerprint }`, ou declare-a de confiança no seu dossier com `farol keys trust { $hex } --name "{ $name }" --role { $arg }`
verify-signer-name-mismatch = assinado em nome de { $name } ({ $role }), mas a chave { $key } é de confiança como sendo de { $trusted } (impressão digital da chave { $fingerprint }): uma assinatura feita com a chave de uma pessoa em nome de outra; não confie nela
verify-signer-role-mismatch = assinado como { $role }, mas a chave { $key } só é de confiança como { $trusted }
verify-file-key-mismatch = indica a chave { $named }, mas foi assinado com { $used }: não é o que { $name } assinou
verify-file-key-untrusted = assinado por { $name } ({ $role }) com { $key }, uma chave que aqui não é de confiança
    {"  "}sugestão: se o titular da chave confirmar a impressão digital { $fingerprint }, indique `--trust { $fingerprint }`

## Cadeias de revisões e de apreciações
verify-chain-not-checked = { $kind ->
    [review] a cadeia de apreciações
   *[other] a cadeia de revisões
} não é verificada: o ficheiro não está no directório { $dir } de uma avaliação
verify-chain-unreadable = { $kind ->
    [review] não é possível verificar a cadeia de apreciações: a apreciação não pode ser lida
   *[other] não é possível verificar a cadeia de revisões: o registo não pode ser lido
}
verify-chain-other-assessment = { $file } é { $kind ->
    [review] uma apreciação
   *[other] uma revisão
} da avaliação «{ $other }», e não de «{ $id }»: foi substituído a partir de outra avaliação
verify-chain-copy = { $kind ->
    [review] { $file } é uma cópia de { $other } (apreciação { $n }): uma apreciação duplicada
   *[other] { $file } é uma cópia de { $other } (revisão { $n }): uma revisão duplicada
}
verify-chain-same-number = { $kind ->
    [review] { $file } contém a apreciação { $n }, tal como { $other }: uma apreciação duplicada ou substituída
   *[other] { $file } contém a revisão { $n }, tal como { $other }: uma revisão duplicada ou substituída
}
verify-chain-renamed = { $kind ->
    [review] { $file } contém a apreciação { $n }, e não a { $place }: os ficheiros das apreciações foram renomeados ou reordenados
   *[other] { $file } contém a revisão { $n }, e não a { $place }: os ficheiros das revisões foram renomeados ou reordenados
}
verify-chain-first-names-previous = { $kind ->
    [review] { $file } é a apreciação 1 mas indica uma apreciação anterior: apreciações anteriores foram apagadas ou foi retirada de outra cadeia
   *[other] { $file } é a revisão 1 mas indica uma revisão anterior: revisões anteriores foram apagadas ou foi retirada de outra cadeia
}
verify-chain-no-previous = { $kind ->
    [review] { $file } é a apreciação { $n } mas não indica nenhuma apreciação anterior
   *[other] { $file } é a revisão { $n } mas não indica nenhuma revisão anterior
}
verify-chain-gap = { $kind ->
    [review] faltam as apreciações { $from } a { $to } (os ficheiros passam de { $before } para { $file })
   *[other] faltam as revisões { $from } a { $to } (os ficheiros passam de { $before } para { $file })
}
verify-chain-one-missing = { $kind ->
    [review] falta a apreciação { $n } (os ficheiros passam de { $before } para { $file })
   *[other] falta a revisão { $n } (os ficheiros passam de { $before } para { $file })
}
verify-chain-first-ones-missing = { $kind ->
    [review] faltam as apreciações 1 a { $to }
   *[other] faltam as revisões 1 a { $to }
}
verify-chain-first-missing = { $kind ->
    [review] falta a apreciação 1
   *[other] falta a revisão 1
}
verify-chain-reordered = { $kind ->
    [review] { $file } segue-se a { $follows }, e não a { $prior }: as apreciações foram reordenadas
   *[other] { $file } segue-se a { $follows }, e não a { $prior }: as revisões foram reordenadas
}
verify-chain-prior-changed = { $kind ->
    [review] { $file } não se segue a { $prior }: { $prior } foi substituído ou alterado depois de a apreciação { $n } ser assinada
   *[other] { $file } não se segue a { $prior }: { $prior } foi substituído ou alterado depois de a revisão { $n } ser assinada
}
verify-answered-review-missing = { $file } responde à apreciação { $n } ({ $shown }), que falta: a apreciação foi apagada; reponha-a a partir de uma cópia de segurança
verify-answered-review-differs = { $file } responde à apreciação { $n }, mas { $shown } não é a apreciação a que respondeu (o seu SHA-256 é diferente): a apreciação foi substituída ou alterada; reponha-a a partir de uma cópia de segurança
verify-judged-missing = { $file } aprecia a revisão { $n } de «{ $id }», mas { $revision } falta: a revisão foi apagada depois de apreciada; reponha-a a partir de uma cópia de segurança
verify-judged-missing-unnamed = { $file } aprecia a revisão { $n } de «{ $id }», mas o ficheiro da revisão falta: a revisão foi apagada depois de apreciada; reponha-a a partir de uma cópia de segurança
verify-judged-differs = { $file } aprecia a revisão { $n }, mas { $revision } não é o ficheiro que apreciou (o seu SHA-256 é diferente): a revisão foi substituída ou alterada depois da apreciação; reponha-a a partir de uma cópia de segurança
verify-self-review = { $file } está contra-assinado com a chave que assinou a revisão { $n } que aprecia ({ $name }, { $key }): a mesma pessoa não pode assinar e apreciar
    {"  "}sugestão: peça a outro revisor que contra-assine; se a mesma pessoa tiver mesmo de fazer ambas as coisas, declare-o no policy.ron do dossier: Policy(allow_self_review: true)

## A âncora do rascunho: a revisão com que foi assinado pela última vez
verify-anchor-draft-unreadable = a revisão mais recente não pode ser confrontada com o rascunho, que não se consegue ler: { $error }
verify-anchor-missing = a revisão { $n } ({ $shown }), que { $draft } indica como a última assinada, falta: as revisões mais recentes foram apagadas; reponha-as a partir de uma cópia de segurança
verify-anchor-differs = { $file } não é a revisão que foi assinada a partir deste rascunho (o seu SHA-256 difere do que { $draft } regista): foi substituída; reponha-a a partir de uma cópia de segurança
verify-anchor-older-draft = { $draft } foi assinado pela última vez como revisão { $n }, e a revisão { $newest } foi assinada depois: num dossier partilhado com outros (git), o rascunho passa a segui-la quando for aberto, se não tiver alterações próprias; se mais ninguém assina neste dossier, o rascunho pode ter sido reposto a partir de uma cópia mais antiga

## Registos de estado e índices do dossier (integridade)
verify-signed-file-changed = { $file }: a assinatura não corresponde ao ficheiro: foi alterado depois de assinado; reponha-o a partir de uma cópia de segurança
verify-signed-file-unreadable = { $file }: a assinatura é válida mas o ficheiro não se consegue ler ({ $error }); pode ter sido escrito por uma versão mais recente do Farol
verify-no-heads = «{ $id }» não tem registos de estado (assessments/{ $id }/heads/): foi assinada antes de o Farol registar estados, ou os seus registos de estado foram apagados, pelo que não é possível detectar a eliminação da sua revisão ou da sua apreciação mais recente
    {"  "}sugestão: assine-a de novo (`farol sign { $id }`) para escrever um registo de estado com tudo o que contém, ou indique --accept-unanchored para verificar o resto sem esta verificação
verify-no-heads-accepted = «{ $id }» não tem registos de estado (assessments/{ $id }/heads/): foi assinada antes de o Farol registar estados, ou os seus registos de estado foram apagados, pelo que não é possível detectar a eliminação da sua revisão ou da sua apreciação mais recente (aceite com --accept-unanchored)
verify-head-first-missing = { $file }: falta o registo de estado { $n } (os registos de estado começam logo em { $after }): um registo de estado foi apagado; reponha-o a partir de uma cópia de segurança
verify-head-missing = { $file }: falta o registo de estado { $n } (os registos de estado passam de { $before } para { $after }): um registo de estado foi apagado; reponha-o a partir de uma cópia de segurança
verify-head-replaced = { $file } não se segue a { $prior }: um registo de estado foi substituído; reponha os registos de estado a partir de uma cópia de segurança
verify-head-elsewhere = { $file } é o registo de estado { $number } de «{ $other }», e não o registo de estado { $n } de «{ $id }»: foi copiado de outro lado ou renomeado; reponha os registos de estado a partir de uma cópia de segurança
verify-head-names-missing = { $kind ->
    [review] a apreciação { $n } ({ $shown }), indicada em { $head }, falta: foi apagada depois da assinatura; reponha-a a partir de uma cópia de segurança
   *[other] a revisão { $n } ({ $shown }), indicada em { $head }, falta: foi apagada depois da assinatura; reponha-a a partir de uma cópia de segurança
}
verify-head-summary-differs = O resumo de { $head } não corresponde à revisão e às apreciações que indica ({ $fields }): o registo foi forjado; não remova nada e pergunte a quem o assinou
verify-head-names-differs = { $kind ->
    [review] { $shown } não é a apreciação indicada em { $head } (o seu SHA-256 é diferente): foi substituída; reponha-a a partir de uma cópia de segurança
   *[other] { $shown } não é a revisão indicada em { $head } (o seu SHA-256 é diferente): foi substituída; reponha-a a partir de uma cópia de segurança
}
verify-revision-not-in-head = a revisão { $n } ({ $shown }) não consta do registo de estado mais recente, { $head }: o registo de estado escrito quando foi assinada foi apagado, ou a revisão foi acrescentada à mão; reponha os registos de estado a partir de uma cópia de segurança
verify-review-not-in-head = a apreciação { $n } ({ $shown }) não consta do registo de estado mais recente, { $head }: o registo de estado escrito quando foi contra-assinado foi apagado, ou a apreciação foi acrescentada à mão; reponha os registos de estado a partir de uma cópia de segurança
verify-no-index = o dossier não tem índice (index/): foi assinado antes de o Farol registar índices, ou o índice foi apagado, pelo que não é possível detectar a eliminação de uma avaliação inteira
    {"  "}sugestão: o próximo `farol sign` escreve um; ou indique --accept-unanchored para verificar o resto sem esta verificação
verify-no-index-accepted = o dossier não tem índice (index/): foi assinado antes de o Farol registar índices, ou o índice foi apagado, pelo que não é possível detectar a eliminação de uma avaliação inteira (aceite com --accept-unanchored)
verify-index-missing = { $file }: falta o índice { $n } deste signatário: um índice foi apagado; reponha-o a partir de uma cópia de segurança
verify-index-replaced = { $file } não se segue ao índice anterior: um índice foi substituído; reponha-o a partir de uma cópia de segurança
verify-index-elsewhere = { $file } é o índice { $n } de { $key }: foi renomeado ou copiado do directório de outro signatário
verify-index-bad-name = { $index } indica uma avaliação «{ $id }» que não é um nome simples
verify-index-assessment-missing = a avaliação «{ $id }», indicada em { $index }, falta no dossier: foi apagada; reponha assessments/{ $id } a partir de uma cópia de segurança
verify-index-view-broken = { $file } acrescenta a um índice completo anterior, mas o índice { $missing } dessa cadeia falta ou foi alterado: as avaliações que indicava não podem ser verificadas; restaure-o de uma cópia de segurança ou do git
verify-index-head-missing = o registo de estado { $n } de «{ $id }» ({ $shown }), indicado em { $index }, falta: o estado assinado mais recente de «{ $id }» foi apagado ou revertido; reponha-o a partir de uma cópia de segurança
verify-index-head-differs = { $shown } não é o registo de estado indicado em { $index } (o seu SHA-256 é diferente): foi substituído; reponha-o a partir de uma cópia de segurança

## A verificação rápida antes de assinar e em `farol status`
verify-quick-head-missing = { $head }, indicado em { $index }, falta (o estado assinado mais recente foi apagado ou revertido)
verify-quick-head-bad = { $head } não passa na verificação: execute `farol verify` sobre a avaliação
verify-quick-file-replaced = { $file } não é o ficheiro indicado em { $head } (foi substituído)
verify-quick-file-missing = { $file }, indicado em { $head }, falta (foi apagado)

## O risco recalculado a partir das respostas guardadas
verify-questionnaire-not-sha = o registo indica como hash do questionário «{ $fp }», que não é um SHA-256
verify-risk-not-recomputed = não é possível recalcular o risco: { $why }
verify-risk-language-unknown = o registo diz ter sido escrito em «{ $language }», uma língua que { $questionnaire } { $version } não tem
verify-risk-unknown-question = a resposta a «{ $id }» é de uma pergunta que { $questionnaire } { $version } não tem
verify-risk-prompt-differs = o texto da pergunta registado para «{ $id }» difere de { $questionnaire } { $version }
verify-risk-category-differs = o risco guardado para a categoria «{ $id }» difere do recálculo: { $what }
verify-risk-more-categories = { $n ->
    [one] … e mais { $n } categoria difere
   *[other] … e mais { $n } categorias diferem
}
verify-risk-overall-differs = o risco global guardado ({ $stored }, residual) difere do recálculo ({ $now }, residual)
verify-risk-obligations-differ = as obrigações legais guardadas diferem do recálculo
verify-risk-actions-differ = as acções recomendadas guardadas diferem do recálculo
verify-risk-legal-differs = o resultado da triagem, os estados das transferências, as decisões entre notificação e pedido de autorização ou o conteúdo da notificação guardados diferem do recálculo
verify-risk-scope-differs = o âmbito ou o progresso guardados diferem do recálculo
verify-risk-differs = o risco guardado não é o que as respostas guardadas dão com { $questionnaire } { $version }: os valores foram editados, ou este Farol calcula de forma diferente daquele que assinou
verify-risk-stored-not-in-scope = guardada como tratada, mas as respostas não a incluem no âmbito
verify-risk-in-scope-not-stored = as respostas incluem-na no âmbito, mas não está guardada
verify-risk-figure = { $level } ({ $halves } meios níveis)
verify-risk-severity-differs = { $stage ->
    [inherent] gravidade inerente guardada { $stored }, recalculada { $now }
   *[other] gravidade residual guardada { $stored }, recalculada { $now }
}
verify-risk-likelihood-differs = { $stage ->
    [inherent] probabilidade inerente guardada { $stored }, recalculada { $now }
   *[other] probabilidade residual guardada { $stored }, recalculada { $now }
}
verify-risk-level-differs = { $stage ->
    [inherent] nível inerente guardado { $stored }, recalculado { $now }
   *[other] nível residual guardado { $stored }, recalculado { $now }
}
verify-risk-name-differs = o seu nome ou a sua sensibilidade
verify-list-separator = { "; " }

## O relatório em texto: uma tabela por registo, depois as chaves de confiança e um resumo
verify-trusted-as = { $name } ({ $role })
verify-row-verified = verificado
verify-row-failed = FALHOU
# Rótulos da tabela: no máximo 10 colunas.
verify-label-record = registo
verify-label-review = apreciação
verify-label-signer = signatário
verify-label-key = chave
verify-label-signature = assinatura
verify-label-trust = confiança
verify-label-chain = cadeia
verify-label-risk = risco
verify-label-judges = aprecia
verify-what-review = { $id }, apreciação { $number } da revisão { $n }: { $opinion }
verify-what-review-due = { $id }, apreciação { $number } da revisão { $n }: { $opinion }, reapreciação até { $due }
verify-what-revision = { $id }, revisão { $n }
verify-what-unreadable = (ilegível)
verify-signer-line = { $name } ({ $role }), { $at }
verify-signature-valid = válida
verify-signature-invalid = INVÁLIDA: o ficheiro foi alterado depois de assinado
verify-signature-signer-mismatch = INVÁLIDA: assinado com outra chave que não a indicada no registo
verify-signature-missing = EM FALTA: sem bloco de assinatura
verify-signature-malformed = DANIFICADA: o bloco de assinatura não se consegue ler
verify-signature-unreadable = NÃO VERIFICADA: o ficheiro não se consegue ler
verify-trust-trusted = de confiança
verify-trust-trusted-as = de confiança como { $trusted }
verify-trust-untrusted = SEM CONFIANÇA: não está entre as chaves de confiança
verify-trust-role-mismatch = FUNÇÃO ERRADA: de confiança como { $trusted }
verify-trust-role-mismatch-unknown = FUNÇÃO ERRADA: de confiança noutra função
verify-trust-name-mismatch = NOME ERRADO: a chave é de confiança como sendo de { $trusted }
verify-trust-name-mismatch-unknown = NOME ERRADO: a chave é de confiança como sendo de outra pessoa
verify-trust-unknown = NÃO VERIFICADA: nenhuma chave legível
verify-chain-ok-first = { $kind ->
    [review] ok: a primeira apreciação
   *[other] ok: a primeira revisão
}
verify-chain-ok-follows = { $kind ->
    [review] ok: segue-se à apreciação { $n }
   *[other] ok: segue-se à revisão { $n }
}
verify-chain-ok = ok
verify-chain-broken = QUEBRADA
verify-chain-not-in-dir = { $kind ->
    [review] não verificada (fora de um directório reviews)
   *[other] não verificada (fora de um directório revisions)
}
verify-judged-not-checked = NÃO VERIFICADO
verify-judged-the-revision = a revisão
verify-judged-ok = ok: { $file } é o ficheiro apreciado (mesmo SHA-256)
verify-judged-status-missing = EM FALTA: { $file } não está no dossier
verify-judged-status-differs = DIFERENTE: { $file } foi substituído depois da apreciação
verify-judged-unreadable = NÃO VERIFICADO: a apreciação não se consegue ler
verify-risk-ok = ok: igual ao risco recalculado a partir das respostas
verify-risk-status-differs = DIFERENTE do risco recalculado a partir das respostas
verify-risk-not-checked = NÃO VERIFICADO
verify-risk-not-applicable = não aplicável
verify-trusted-keys-from = Chaves de confiança (origem: { $source }):
verify-trusted-keys-none = nenhuma: nenhuma assinatura pode ser verificada (indique --trust FICHEIRO|IMPRESSÃO-DIGITAL)
verify-came-with = Chaves SEM confiança: estas chaves vieram com o pacote: compare-as com impressões digitais obtidas por outra via
verify-came-with-then = (depois indique --trust IMPRESSÃO-DIGITAL para cada uma que confirmou; --trust-bundle-keys confia em todas, sem verificação)
verify-failed-signatures = { $n ->
    [one] { $n } assinatura errada ou em falta
   *[other] { $n } assinaturas erradas ou em falta
}
verify-failed-untrusted = { $n ->
    [one] { $n } não assinado com uma chave de confiança
   *[other] { $n } não assinados com uma chave de confiança
}
verify-failed-chain = { $n ->
    [one] { $n } cadeia quebrada
   *[other] { $n } cadeias quebradas
}
verify-failed-risk-differs = { $n ->
    [one] { $n } risco diferente
   *[other] { $n } riscos diferentes
}
verify-failed-risk-not-checked = { $n ->
    [one] { $n } risco não verificado
   *[other] { $n } riscos não verificados
}
verify-failed-judged = { $n ->
    [one] { $n } apreciação de uma revisão em falta ou substituída
   *[other] { $n } apreciações de revisões em falta ou substituídas
}
verify-list-comma = { ", " }
verify-verdict-passed = tudo verificado
verify-verdict-failed = NÃO VERIFICADO
verify-verdict-failed-because = NÃO VERIFICADO: { $failures }
verify-summary = { $n ->
    [one] { $n } registo — verificados: { $verified }, com falhas: { $failed } — { $verdict }
   *[other] { $n } registos — verificados: { $verified }, com falhas: { $failed } — { $verdict }
}
verify-summary-with-reviews = { $n ->
    [one] { $n } registo
   *[other] { $n } registos
} ({ $revisions ->
    [one] { $revisions } revisão
   *[other] { $revisions } revisões
}, { $reviews ->
    [one] { $reviews } apreciação
   *[other] { $reviews } apreciações
}) — verificados: { $verified }, com falhas: { $failed } — { $verdict }

## O que chegou desde a última verificação nesta cópia (depois de um git pull)
verify-arrived-first = Não há nenhum `farol verify` anterior nesta cópia do dossier com que comparar: a partir de agora, cada verificação diz primeiro o que chegou desde a anterior.
verify-arrived-nothing = Nada de novo desde a última verificação aqui ({ $since }).
verify-arrived-head = Chegou desde a última verificação aqui ({ $since }):
verify-arrived-assessment = nova avaliação { $id }
verify-arrived-record = { $kind ->
    [review] apreciação
   *[other] revisão
} { $n } de { $id }, assinada por { $signer } ({ $role }): { $verified ->
    [yes] verifica-se
   *[other] NÃO se verifica (ver abaixo)
}
verify-arrived-key = chave de confiança de { $name } ({ $role }), impressão digital { $fingerprint }
## Forks: two signed files that follow the same one

verify-name-mismatch = { $file }: o nome diz que o seu SHA-256 começa por { $named }, mas o do conteúdo começa por { $actual }: o ficheiro foi renomeado ou editado depois de assinado; reponha-o a partir de uma cópia de segurança ou do git
verify-merge-missing = { $file } junta um ficheiro que não existe (SHA-256 { $sha }…): uma revisão bifurcada que manteve foi removida; reponha-a a partir de uma cópia de segurança ou do git
verify-fork-file = { $file } (assinado por { $signer }, { $at })
verify-fork-base-none = nada (ambas são as primeiras)
verify-fork-unresolved = «{ $id }» tem uma bifurcação: duas revisões seguem-se a { $base }: { $files }. Ambas são mantidas; as revisões mais recentes são { $tips }. Resolva-a com `farol resolve { $id }` (assina o rascunho como uma revisão que se segue a uma e junta as outras), ou com `farol resolve { $id } --keep N-<hash>` para assinar o conteúdo de um dos lados
verify-fork-resolved = { $kind ->
    [review] as apreciações de «{ $id }» bifurcaram depois de { $base } ({ $files }); { $by } juntou-as
   *[other] «{ $id }» bifurcou depois de { $base } ({ $files }); a bifurcação foi resolvida por { $by }
}
verify-fork-reviews = as apreciações de «{ $id }» bifurcaram depois de { $base } ({ $files }): dois apreciadores assinaram ao mesmo tempo; ambas são válidas, e a próxima apreciação junta-as
verify-fork-heads = «{ $id }» tem { $heads } como registos de estado mais recentes (assinados ao mesmo tempo em dois clones): em conjunto indicam o que está assinado; a próxima assinatura junta-os

## farol verify RELATÓRIO.pdf
verify-pdf-heading = PDF do relatório { $file }
verify-pdf-carries = leva consigo o registo assinado { $name } (SHA-256 { $sha })
verify-pdf-pages-same = as suas páginas são exactamente as que o Farol escreve a partir desse registo ({ $langs })
verify-pdf-unreadable = { $file } não é um PDF que se possa ler ({ $error }): não pode ser verificado
verify-pdf-no-record = { $file } não leva consigo nenhum registo assinado, pelo que não pode ser verificado: é o relatório de um rascunho, ou não foi escrito pelo Farol com o seu registo anexo. Verifique o próprio registo com `farol verify` no dossier
verify-pdf-sha-differs = o PDF indica o SHA-256 de registo { $named }, mas o registo que leva consigo tem { $carried }: o anexo foi trocado ou o PDF alterado
verify-pdf-sha-missing = o PDF não indica o SHA-256 do registo que apresenta
verify-pdf-pages-differ = as suas páginas não são as que o Farol escreve a partir do registo que leva consigo ({ $langs }): o PDF foi alterado depois de escrito, ou escrito por outra versão do Farol (esta é a { $version }). Escreva o relatório de novo com `farol report`
verify-pdf-pages-unknown = as páginas não foram comparadas com o registo: o PDF não diz o que é nem em que língua está escrito
verify-pdf-carries-review = leva consigo a apreciação assinada { $name } (SHA-256 { $sha })
verify-pdf-not-a-review = { $file } leva consigo { $name } ao lado do seu registo, e não é uma apreciação assinada: o PDF foi alterado
verify-pdf-review-of-another = { $name } aprecia a revisão { $n } (SHA-256 { $sha }), não o registo que este PDF leva consigo: foi posta no PDF depois de este ser escrito
verify-pdf-reviews-count = o relatório apresenta { $shown ->
    [one] uma apreciação assinada
   *[other] { $shown } apreciações assinadas
} do seu registo, mas leva consigo { $carried ->
    [0] nenhuma que o aprecie
    [one] uma que o aprecia
   *[other] { $carried } que o apreciam
}: uma apreciação foi retirada, trocada pela de outro registo ou alterada
verify-pdf-pages-not = as páginas não foram comparadas com o registo: { $error }
verify-pdf-passed = Verificado: { $file } leva consigo um registo assinado e de confiança, e apresenta-o.
verify-pdf-failed = NÃO verificado: { $file }
