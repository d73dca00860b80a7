# 各介面共用的詞語。

language-name = 繁體中文
fallback-notice = 有 { $n } 段文字尚未譯成{ $language }，以英文顯示。
error-unknown-language = { $from } 指定的「{ $given }」不是 Farol 提供的語言。可用的語言：{ $available }。

count-revisions = { $n } 個修訂版本

## 風險等級
level-low = 低
level-medium = 中
level-high = 高
level-very-high = 極高
scale-negligible = 可忽略
scale-limited = 有限
scale-significant = 重大
scale-maximum = 最高
level-none = 無

## 義務
duty-met = 已履行
duty-awaiting = 等待個人資料保護局
duty-believed = 認為不適用
duty-open = 未履行

## 將個人資料轉移到澳門以外
transfer-inside = 留在澳門
transfer-in-force = 法律依據已生效
transfer-applied = 已申請，等待個人資料保護局
transfer-claimed = 聲稱有法律依據，但未生效
transfer-none = 沒有法律依據

## 通知或申請許可
procedure-notify = 向個人資料保護局作出通知（第二十一條）
procedure-authorise = 開始前須申請許可（第二十二條、第二十條第二款）

## 初步評估結論
verdict-needed = 須進行完整評估
verdict-likely-needed = 很可能須進行完整評估
verdict-may-be-needed = 或須進行完整評估
verdict-not-needed = 無須進行完整評估
verdict-incomplete = 尚未決定：初步評估未完成

## 引用的核實程度
cite-confirmed = 經監管機構確認
cite-unverified = 未經核實

## 答案
answer-not-sure = 不確定
answer-yes = 是
answer-no = 否
answer-none = 無
answer-rows = { $n ->
    [0] 沒有資料行
   *[other] { $n } 行
}

## 數值在等級上的位置，以及距下一個較低等級有多遠
steps-count = { $n } 步（{ $levels }）
figure-between = 介乎{ $below }與{ $above }之間（按{ $level }計算）
