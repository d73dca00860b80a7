# A explicação de cada valor pelo modelo de risco.

risk-steps = { $sign }{ $amount } { $unit ->
    [one] nível
   *[other] níveis
}
risk-start-change = começa em { $level }
risk-start-severity = Ponto de partida para { $category }: o dano que as pessoas costumam sofrer se este tipo de dados for mal utilizado.
risk-start-likelihood = Ponto de partida para { $category }: a probabilidade habitual de má utilização, antes de as respostas a alterarem.
risk-cap-change = limitado a Máxima
risk-cap-because = Máxima é o topo da escala.
risk-residual-start-change = começa no valor inerente, { $level }
risk-residual-start-because = O risco residual é o risco inerente menos as medidas em vigor.
risk-hold-change = mantido em Negligenciável
risk-hold-because = Negligenciável é a base da escala.
risk-damp-half = Para além dos { $n } maiores, os aumentos seguintes contam metade: muitos pequenos factores agravantes não somam, por si sós, o pior caso.
risk-damp-cap = Os aumentos somam no máximo { $amount } num eixo; só um mínimo — uma combinação grave, como uma transferência ilícita — eleva mais um valor.
risk-floor = nunca abaixo de { $floor }
risk-floor-held = nunca abaixo de { $floor } (já está aí ou acima)

## O que mudou, à medida que se responde
risk-not-processed = não tratado
risk-now-processed = estes dados passam a ser tratados
risk-no-longer-processed = estes dados deixam de ser tratados
risk-no-longer = já não: { $reason }
risk-change = { $name }: { $from } → { $to }
risk-change-because = { $name }: { $from } → { $to } — { $because }
