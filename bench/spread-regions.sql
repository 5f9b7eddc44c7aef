-- Gives the tips of a benchmark database regions, as bench/queue.sh's provincial views need (the
-- texts bench/intake.sh posts name no place). By a hash of each tip's id, so every run spreads them
-- the same way: 12 % Guangdong (11.8 % Guangzhou, 440106; 0.2 % Shenzhen, 440305: a city with few of
-- a busy province's tips), 6 % Shanghai (310115), 0.1 % Tibet (540102), 40 % Zhejiang (330106), the
-- rest none.
--   psql -h localhost -p 55432 -U ipr_hotline -d ipr_hotline -f bench/spread-regions.sql
update tip
   set region = case when spread.h < 2 then '440305' when spread.h < 120 then '440106' when spread.h < 180 then '310115'
                     when spread.h = 180 then '540102' when spread.h < 580 then '330106' end
  from (select id, abs(hashtext(id::text)) % 1000 as h from tip) spread
 where spread.id = tip.id;
vacuum analyze tip;
vacuum analyze tip_agency;
