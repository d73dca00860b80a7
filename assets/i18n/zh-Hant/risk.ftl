# 風險模型對每個數值的解釋。

risk-steps = { $sign }{ $amount } 級
risk-start-change = 起點為{ $level }
risk-start-severity = { $category }的起點：這類資料被濫用時，人們通常受到的損害。
risk-start-likelihood = { $category }的起點：在考慮答案之前，濫用通常發生的可能性。
risk-cap-change = 以「最高」為上限
risk-cap-because = 「最高」是等級的頂端。
risk-residual-start-change = 以固有數值{ $level }為起點
risk-residual-start-because = 剩餘風險是固有風險減去已採取的措施。
risk-hold-change = 保持在「可忽略」
risk-hold-because = 「可忽略」是等級的底端。
risk-damp-half = 除最大的 { $n } 項外，其餘的提高只計一半：許多輕微的加重因素本身不會疊加成最壞的情況。
risk-damp-cap = 在同一軸上，提高最多合計 { $amount }；只有下限（例如沒有法律依據的轉移這類嚴重組合）才能將數值再提高。
risk-floor = 不低於{ $floor }
risk-floor-held = 不低於{ $floor }（已達到或高於此水平）

## 回答時的變化
risk-not-processed = 不處理
risk-now-processed = 現在處理這類資料
risk-no-longer-processed = 不再處理這類資料
risk-no-longer = 不再：{ $reason }
risk-change = { $name }：{ $from } → { $to }
risk-change-because = { $name }：{ $from } → { $to } —— { $because }
