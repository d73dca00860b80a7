# O README.txt do pacote de provas e o início do VERIFICATION.txt (src/evidence/readme.rs),
# para um inspector que nunca ouviu falar do Farol. Comandos, nomes de ficheiros, impressões
# digitais e hashes nunca se traduzem.

evidence-readme-title = PACOTE DE PROVAS: AVALIAÇÕES DE IMPACTO SOBRE A PROTECÇÃO DE DADOS
evidence-readme-intro = Esta pasta contém os registos assinados de { $n ->
    [one] 1 avaliação de impacto sobre a protecção de dados
   *[other] { $n } avaliações de impacto sobre a protecção de dados
} nos termos da Lei da Protecção de Dados Pessoais de Macau (Lei n.º 8/2005), com tudo o que é preciso para os verificar. Foi feita em { $date } às { $time } UTC com o Farol { $version }.
evidence-readme-signed-by = Está assinada por { $who }.
evidence-readme-not-signed = Não está assinada: quem a fez não tinha chave de assinatura.
evidence-readme-since = Contém apenas as avaliações assinadas ou apreciadas em { $date } ou depois, cada uma com todo o seu histórico.
evidence-readme-chain = Um registo é assinado: qualquer alteração feita depois da assinatura, por quem quer que seja, é detectada. Cada revisão de uma avaliação identifica a anterior, pelo que uma revisão retirada ou trocada de ordem também é detectada.
evidence-readme-language = Este README está em português ({ $tag }). Os textos ingleses do Farol são a referência escrita pelos seus autores; os textos chineses e portugueses das perguntas e mensagens do próprio Farol são traduções do Farol. Os textos autênticos da Lei da Protecção de Dados Pessoais (Lei n.º 8/2005) são os seus textos chinês e português. Os próprios registos contêm as respostas tal como foram dadas.

evidence-readme-here = O QUE ESTÁ AQUI
evidence-here-revisions = as revisões assinadas de cada avaliação, da mais antiga à mais recente (texto legível)
evidence-here-reviews = as apreciações e aprovações assinadas, quando as há
evidence-here-reports = o relatório da última revisão de cada avaliação, para leitura
evidence-here-heads = registos de estado assinados: a última revisão e cada apreciação, por SHA-256
evidence-here-keys = as chaves públicas em que a entidade diz confiar (.pub.ron, e .pub.pem para o OpenSSL)
evidence-here-questionnaires = as versões exactas dos questionários a que as avaliações respondem
evidence-here-verification = o resultado da verificação abaixo quando o pacote foi feito
evidence-here-json = o mesmo, para programas
evidence-here-manifest = o hash SHA-256 de cada um dos outros ficheiros
evidence-here-signature = quem fez o pacote: uma assinatura sobre a lista

evidence-readme-assessments = AS AVALIAÇÕES
evidence-title-unreadable = (título ilegível)
evidence-assessment = { $id }: { $title }
evidence-assessment-org = { $id }: { $title } ({ $organisation })
evidence-revisions = { $n ->
    [one] revisão 1
   *[other] revisões 1 a { $latest }
}
evidence-revisions-signed = { $n ->
    [one] revisão 1
   *[other] revisões 1 a { $latest }
}, a última assinada por { $signer } em { $date }
evidence-reviews = { $n ->
    [one] 1 apreciação
   *[other] { $n } apreciações
}
evidence-latest-sha = SHA-256 da última revisão { $sha }
evidence-report = relatório { $file }

evidence-readme-check = COMO VERIFICAR
evidence-readme-trust-first = Uma assinatura só prova quem assinou se a chave for de facto dessa pessoa, e as chaves desta pasta vieram com ela: quem falsificasse os registos também as poderia ter substituído. Por isso, obtenha primeiro junto da entidade, por OUTRO canal (por telefone, pessoalmente, em papel), as impressões digitais das chaves dos signatários e compare-as com estas chaves, que vieram com o pacote:
evidence-no-trusted = (nenhuma: a entidade não confia em nenhuma chave, pelo que nenhum registo é verificado)
evidence-trusted-key = { $name } ({ $role }), { $id }
evidence-fingerprint = impressão digital da chave { $fingerprint }
evidence-role-assessor = avaliador
evidence-role-reviewer = revisor
evidence-role-approver = aprovador
evidence-step-farol = Com o Farol, em qualquer computador, sem rede, indicando cada impressão digital obtida à parte:
evidence-or-zip = (ou o zip em que veio)
evidence-step-farol-what = Verifica que nenhum ficheiro foi alterado, retirado ou acrescentado desde que o pacote foi feito e que uma chave de confiança assinou a lista de ficheiros; a assinatura de cada registo, que o nome e a função do signatário são os da chave de confiança, o seu lugar no histórico, as cabeças que indicam a última revisão e cada apreciação, e os valores de risco; e que cada relatório em PDF é o relatório do registo que indica. Termina com VERIFIED ou NOT VERIFIED, indicando cada ficheiro que falha, e só sai com o estado 0 se tudo for verificado. Sem --trust não confia em nenhuma chave do pacote (apenas nas do seu próprio processo do Farol) e di-lo.
evidence-step-openssl = Só com o OpenSSL (3.0 ou posterior), dentro desta pasta. Verifique primeiro a impressão digital de cada chave (K é o seu ficheiro .pub.pem em { $dir }):
evidence-step-openssl-file = Depois verifique um ficheiro assinado F (uma revisão, uma apreciação, um registo de estado ou { $signature }): os bytes assinados são todas as linhas acima da sua linha «{ $marker }», e a assinatura é o hexadecimal duas linhas abaixo dela:
evidence-step-openssl-read = Mostra «{ $ok }». Leia { $file }: indica o signatário e a impressão digital da sua chave (que tem de ser a que lhe foi dada), e o que assinou. Para { $signature }, compare o { $field } que indica com `{ $command }` e verifique depois cada ficheiro com:
evidence-step-openssl-links = O OpenSSL mostra quem assinou cada ficheiro e que este não foi alterado; as ligações entre os ficheiros (cada revisão a indicar a anterior, os registos de estado a indicar a última revisão e cada apreciação) são SHA-256 escritos neles, que pode comparar com o sha256sum; os valores de risco só são verificados de novo pelo { $command }.
evidence-readme-result = Quando o pacote foi feito, { $verified } de { $n ->
    [one] 1 registo
   *[other] { $n } registos
} foram verificados.
evidence-readme-result-failed = Quando o pacote foi feito, { $verified } de { $n ->
    [one] 1 registo
   *[other] { $n } registos
} foram verificados: veja no VERIFICATION.txt o que falhou.

evidence-verification-head = Verificação dos registos deste pacote, tal como estava quando o pacote foi feito ({ $at }) pelo Farol { $version }. Verifique-a de novo por si, em qualquer computador:

## Avisos ao fazer o pacote (mostrados pelo farol evidence)
evidence-no-report-unreadable = sem relatório de «{ $id }»: a sua última revisão ({ $file }) não pode ser lida como registo
evidence-no-report-unsigned = sem relatório de «{ $id }»: a sua última revisão ({ $file }) não tem uma assinatura válida
evidence-no-report-questionnaire = sem relatório de «{ $id }»: a sua última revisão ({ $file }) responde a um questionário que não está no dossier
evidence-report-missing-glyphs = o relatório de «{ $id }» não consegue desenhar { $n ->
    [one] 1 carácter
   *[other] { $n } caracteres
}, mostrados como o seu código: { $list }

## The DSPDP filing pack in a bundle (issue 14)
evidence-here-filing = o processo a apresentar à DSPDP da última revisão de cada avaliação, em texto na língua deste pacote: por finalidade, a decisão (notificação ou pedido de autorização) e as alíneas do artigo 23.º a copiar para os formulários da DSPDP, com as lacunas ainda por preencher. Identifica a revisão de que foi feito e o SHA-256 dessa revisão.
# $status: evidence-filing-complete or evidence-filing-gaps.
evidence-filing = processo para a DSPDP { $file } ({ $status })
evidence-filing-complete = completo
evidence-filing-gaps = { $n ->
    [one] incompleto: 1 lacuna
   *[other] incompleto: { $n } lacunas
}
# A duty of filing (the notification, the prior authorisation) and its state, as recorded.
evidence-filing-duty = { $duty }: { $state }
evidence-filing-not-recorded = Esta revisão não regista a apresentação: não indica a data de apresentação nem a referência da DSPDP de uma notificação ou autorização.
