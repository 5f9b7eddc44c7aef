-- wrk script: posts tips to POST /api/v1/tips, cycling through realistic texts in both languages.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local texts = {
  '{"text":"A shop on Taobao sells counterfeit Nike shoes with our logo and ships them by courier","rightType":"trademark","foreignInvested":true}',
  '{"text":"网店销售假冒耐克商标的运动鞋，通过快递发货"}',
  '{"text":"A former employee took our customer list and the formula of our coating to a competitor"}',
  '{"text":"工厂大量生产侵犯我公司实用新型专利ZL201920123456.1的产品并出口"}',
  '{"text":"The website streams pirated copies of our films and sells cracked software"}',
  '{"text":"有人在市场上卖套牌玉米种子，包装仿冒我们的品种"}',
  '{"text":"hello? is anyone there","reporter":{"phone":"+86 138 0000 0000"}}',
}
local n = 0

request = function()
  n = n + 1
  return wrk.format(nil, "/api/v1/tips", nil, texts[(n % #texts) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("tips/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.2f ms, p90: %.2f ms, p99: %.2f ms, max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx or errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
