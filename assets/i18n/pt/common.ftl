# Palavras partilhadas por todas as faces do Farol.

language-name = Português
fallback-notice = { $n ->
    [one] 1 texto ainda não está traduzido para { $language } e aparece em inglês.
   *[other] { $n } textos ainda não estão traduzidos para { $language } e aparecem em inglês.
}
error-unknown-language = { $from } indica «{ $given }», uma língua que o Farol não tem. Disponíveis: { $available }.

count-revisions = { $n ->
    [one] { $n } revisão
   *[other] { $n } revisões
}

## A escala de risco
level-low = Baixo
level-medium = Médio
level-high = Elevado
level-very-high = Muito elevado
scale-negligible = Negligenciável
scale-limited = Limitada
scale-significant = Significativa
scale-maximum = Máxima
level-none = nenhum

## Deveres
duty-met = cumprido
duty-awaiting = a aguardar a DSPDP
duty-believed = considerado não aplicável
duty-open = por cumprir

## Transferências para fora de Macau
transfer-inside = fica em Macau
transfer-in-force = fundamento em vigor
transfer-applied = pedido feito, a aguardar a DSPDP
transfer-claimed = fundamento invocado, NÃO em vigor
transfer-none = SEM fundamento jurídico

## Notificar ou pedir autorização
procedure-notify = NOTIFICAR a DSPDP (artigo 21.º)
procedure-authorise = PEDIR AUTORIZAÇÃO antes de começar (artigo 22.º, n.º 2 do artigo 20.º)

## Triagem
verdict-needed = é necessária uma avaliação completa
verdict-likely-needed = é provável que seja necessária uma avaliação completa
verdict-may-be-needed = pode ser necessária uma avaliação completa
verdict-not-needed = não é necessária uma avaliação completa
verdict-incomplete = por decidir: a triagem não está completa

## Níveis de verificação das citações
cite-confirmed = confirmado junto da autoridade de controlo
cite-unverified = não verificado

## Respostas
answer-not-sure = Não sei
answer-yes = Sim
answer-no = Não
answer-none = Nenhum
answer-rows = { $n ->
    [0] Sem linhas
    [one] 1 linha
   *[other] { $n } linhas
}

## A posição de um valor na escala, e quanto está acima do nível seguinte abaixo
steps-count = { $n ->
    [one] { $n } passo ({ $levels })
   *[other] { $n } passos ({ $levels })
}
figure-between = entre { $below } e { $above } (conta como { $level })
