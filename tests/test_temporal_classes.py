"""General error classes of value normalization, each with several phrasings.

Each row: text, publication date, the expression's span and its TimeML value.
The classes (found on unseen news, fixed in general, not per sentence):
tense direction of future phrases, yearless months under a past verb,
deadlines that point forward, datelines, clock times and sets, season words
that are nouns.
"""
from __future__ import annotations

import pytest

from timeline_api.pipeline.temporal import find_dates

#: A future phrase ("planned to", "is set to") looks forward; an expression
#: written before it takes the phrase's own verb's tense.
TENSE_DIRECTION = [
    ("On Friday, the government planned to pay the first claims.", "2024-01-10", "Friday", "2024-01-05"),
    ("On Monday, the union decided to call off the strike.", "2024-01-10", "Monday", "2024-01-08"),
    ("On Tuesday, the league plans to hold a news conference.", "2024-01-08", "Tuesday", "2024-01-09"),
    ("On Thursday the cabinet is set to approve the budget.", "2024-01-08", "Thursday", "2024-01-11"),
    ("The government planned to pay the first claims on Friday.", "2024-01-10", "Friday", "2024-01-12"),
    ("Officials postponed the vote scheduled for Friday.", "2024-01-10", "Friday", "2024-01-12"),
    ("On Monday the minister was due to visit the camp.", "2024-01-10", "Monday", "2024-01-08"),
]

#: A yearless month governed by a finite past verb lies in the past, however
#: near the next one is; other verbs keep the nearest month.
PAST_MONTHS = [
    ("More than 20 people died in a suicide attack on a mosque in January, police said.", "2005-12-06", "January", "2005-01"),
    ("Fighters seized the northern town in February, officials said.", "2010-12-20", "February", "2010-02"),
    ("The company was sold to a rival in January.", "2015-11-28", "January", "2015-01"),
    ("Protesters stormed the parliament in March and the army took power.", "2019-12-01", "March", "2019-03"),
    ("The minister resigned in November.", "2020-11-15", "November", "2020-11"),
    ("The court will rule in January.", "2005-12-06", "January", "2006-01"),
    ("The parties agreed to hold elections in January.", "2005-12-06", "January", "2006-01"),
    ("Shares would be paid on a still unspecified date in January.", "2005-11-06", "January", "2006-01"),
    ("In January, the company brought in a new chief executive.", "1989-10-27", "January", "1989-01"),
    ("In February, rebels shelled the city for a week.", "2015-12-01", "February", "2015-02"),
    ("The colonel will command a shuttle mission in December.", "1998-03-04", "December", "1998-12"),
    ("In December, the agency will launch the probe.", "1998-03-04", "December", "1998-12"),
    ("At least 12 people were killed in a car bombing in Baghdad in January, officials said.", "2005-12-06", "January", "2005-01"),
    ("Talks resumed in January after a long pause.", "2025-12-06", "January", "2025-01"),
    ("Talks are expected to resume in January.", "2025-12-06", "January", "2026-01"),
    ("Parliament is due to vote on the bill in February.", "2025-12-06", "February", "2026-02"),
    ("The law took effect in January.", "2025-12-06", "January", "2025-01"),
    ("The measure takes effect in January.", "2025-12-06", "January", "2026-01"),
]

#: A yearless month day: a future modal puts it ahead; a weekday written with it
#: picks the year in which it falls on that weekday.
MONTH_DAYS = [
    ("The election will be held on Dec. 15.", "2024-02-10", "Dec. 15", "2024-12-15"),
    ("The summit will open on January 5, officials said.", "2024-01-20", "January 5", "2025-01-05"),
    ("The law took effect on January 5.", "2024-01-20", "January 5", "2024-01-05"),
    ("The editorial ran on Monday, Dec. 16.", "2024-02-10", "Monday, Dec. 16", "2024-12-16"),
    ("The paper said in an editorial on Saturday, Dec. 16:", "2024-02-10", "Saturday, Dec. 16", "2023-12-16"),
    ("Hudson's Bay will redeem its preferred shares on Oct. 31.", "2024-10-27", "Oct. 31", "2024-10-31"),
    ("Violence in the city on Feb. 15 would be investigated, the minister said.", "2011-03-03", "Feb. 15", "2011-02-15"),
    ("Confidence was shaken after the March 11 earthquake and tsunami caused meltdowns.", "2011-07-21",
     "March 11", "2011-03-11"),
    ("The rig that exploded in April was drilling a well.", "2010-07-13", "April", "2010-04"),
    ("Gulf currents will add Cuba to the casualties of the April 20 rig explosion.", "2010-06-16",
     "April 20", "2010-04-20"),
    ("Within 150 days of the April 20 spill, the company will have stopped the leak.", "2010-07-15",
     "April 20", "2010-04-20"),
    ("Investigators have searched for him since the Oct. 23 slaying.", "1999-05-06", "Oct. 23", "1998-10-23"),
    ("Voters are preparing for the Aug. 10 election.", "2010-07-15", "Aug. 10", "2010-08-10"),
    ("The value fell since the rig blew up on 20 April.", "2010-07-16", "20 April", "2010-04-20"),
    ("Operations have come under scrutiny after the April 20 explosion killed 11 workers.", "2010-12-21",
     "April 20", "2010-04-20"),
    ("Timeline of the conflict:\nFebruary 24 - Rebels take the town of Misrata.\nMarch 5 - The council meets "
     "in Benghazi.", "2011-08-22", "February 24", "2011-02-24"),
    ("Key dates:\nApril 22 - The rig sinks.\nJune 22 - The chief hands over control.", "2011-01-11",
     "June 22", "2010-06-22"),
    ("19 July : Qatar closes its embassy after an attack by loyalists 8 August : Saudi Arabia condemns "
     "the crackdown.", "2011-11-14", "8 August", "2011-08-08"),
    ("The flights will depart each Thursday from August 6. This adds 700 seats.", "1998-02-13",
     "August 6", "1998-08-06"),
    ("The company would carry out the report's advice.\n20 April: rig explodes, killing 11 people. 2 June: "
     "government begins an inquiry.", "2010-09-08", "20 April", "2010-04-20"),
]

#: Deadlines point forward: "until X", "by X" after a word that sets a
#: deadline, "has until", a present-tense "the deadline is Friday".
DEADLINES = [
    ("The court gave the ministry until January 31 to halt all construction work.", "2025-11-06", "January 31", "2026-01-31"),
    ("The court on Thursday gave the ministry until January 31 to halt the work and told it to report back by Friday.", "2025-11-06", "Friday", "2025-11-07"),
    ("The ministry must halt all construction work by Friday.", "2025-11-06", "Friday", "2025-11-07"),
    ("The deadline is Friday.", "2025-11-06", "Friday", "2025-11-07"),
    ("Lawmakers have until March 1 to pass the budget.", "2025-11-06", "March 1", "2026-03-01"),
    ("The ministry has until Friday to respond.", "2025-11-06", "Friday", "2025-11-07"),
    ("The court has given the government until February 15 to respond.", "2025-11-06", "February 15", "2026-02-15"),
    ("The ministry was told to finish the work by Friday.", "2025-11-06", "Friday", "2025-11-07"),
    ("The government extended the ceasefire until Tuesday.", "2025-11-06", "Tuesday", "2025-11-11"),
    ("The judge ordered the company to stop the work by Monday.", "2025-11-06", "Monday", "2025-11-10"),
    ("The hearing is set for January 12.", "2025-11-06", "January 12", "2026-01-12"),
    ("The vote is scheduled for Monday.", "2025-11-06", "Monday", "2025-11-10"),
    ("Fighting went on until Tuesday.", "2025-11-06", "Tuesday", "2025-11-04"),
    ("The debentures carry a premium over Tuesday's closing price.", "2025-11-06", "Tuesday", "2025-11-04"),
    ("The relatives would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday", "2000-01-05"),
    ("The move follows Tuesday's declaration by the rival bidder.", "2025-11-06", "Tuesday", "2025-11-04"),
    ("Parties campaigned ahead of Sunday's election.", "2025-11-06", "Sunday", "2025-11-09"),
]

#: Datelines and timestamps at the start of the text or of a line.
DATELINES = [
    ("03 February 12 17:03 GMT\nThe president spoke.", "2012-02-03", "03 February 12", "2012-02-03"),
    ("03 February 12 17:03 GMT\nThe president spoke.", "2012-02-03", "17:03 GMT", "2012-02-03T17:03"),
    ("Last updated at 14 March 09 08:15 GMT\n21 June 10 11:45 GMT\nText.", "2010-06-21", "21 June 10", "2010-06-21"),
    ("Updated 12:03 GMT, Mon 3 Feb 2012\nText.", "2012-02-03", "3 Feb 2012", "2012-02-03"),
    ("Updated 12:03 GMT, Mon 3 Feb 2012\nText.", "2012-02-03", "12:03 GMT", "2012-02-03T12:03"),
    ("March 5, 2012 10:30\nThe talks resumed.", "2012-03-05", "10:30", "2012-03-05T10:30"),
    ("Updated 12:03 GMT, Mon 3 Feb 2012\nText.", "2012-02-05", "12:03 GMT", "2012-02-03T12:03"),
    ("Posted 09:15, 4 March 2013 by staff\nText.", "2013-03-06", "09:15", "2013-03-04T09:15"),
    ("Posted 18:40, March 4, 2013\nText.", "2013-03-06", "18:40", "2013-03-04T18:40"),
    ("The score was 17:03 at half time.", "2012-03-05", "17:03", None),
    ("At 10:30, 2 people were hurt.", "2012-03-05", "10:30", None),
]

#: Clock times and parts of the day (TimeML TIME values).
TIMES = [
    ("The blast struck at 12 p.m. local time on Wednesday.", "2024-12-26", "12 p.m. local time on Wednesday", "2024-12-25T12:00"),
    ("The blast struck at 12 p.m. local time on Wednesday night.", "2024-12-26", "12 p.m. local time on Wednesday night", "2024-12-25T12:00"),
    ("Rebels attacked on Wednesday night.", "2024-12-26", "Wednesday night", "2024-12-25TNI"),
    ("Gunmen opened fire late Wednesday night.", "2024-12-26", "late Wednesday night", "2024-12-25TNI"),
    ("The attack happened at about 3:30 a.m. local time Tuesday.", "2024-01-10", "3:30 a.m. local time Tuesday", "2024-01-09T03:30"),
    ("Rebels attacked early Tuesday. The explosion came at 3:30 a.m.", "2024-01-10", "3:30 a.m.", "2024-01-09T03:30"),
    ("Police arrived at 3:30 p.m. Tuesday.", "2024-01-10", "3:30 p.m. Tuesday", "2024-01-09T15:30"),
    ("The fire broke out at 4 in the morning.", "2024-01-10", "4 in the morning", "2024-01-10T04:00"),
    ("The ship sank at 9 o'clock in the evening.", "2024-01-10", "9 o'clock in the evening", "2024-01-10T21:00"),
    ("Shares fell in mid-afternoon yesterday.", "2024-01-10", "mid-afternoon yesterday", "2024-01-09TAF"),
    ("The storm hit in the late afternoon.", "2024-01-10", "late afternoon", "2024-01-10TAF"),
    ("The president will speak later this afternoon.", "2024-01-10", "later this afternoon", "2024-01-10TAF"),
    ("The blast happened at 10:30 a.m. local time (0730 GMT) on Tuesday.", "2024-05-15",
     "10:30 a.m. local time", "2024-05-14T10:30"),
    ("The blast happened at 10:30 a.m. local time (0730 GMT) on Tuesday.", "2024-05-15", "0730 GMT", "2024-05-14T07:30"),
    ("Polls closed at 8 p.m. (1800 GMT) Sunday.", "2024-05-15", "8 p.m.", "2024-05-12T20:00"),
    ("Sirens sounded at 6:15 a.m., on Monday, May 13.", "2024-05-15", "6:15 a.m., on Monday", "2024-05-13T06:15"),
    ("Rockets hit the capital overnight.", "2024-05-15", "overnight", "2024-05-15TNI"),
    ("London shares closed lower Friday, hit by overnight losses in New York. The index fell 2% from the "
     "previous Friday.", "2024-05-20", "the previous Friday", "2024-05-10"),
    ("London shares closed lower Friday, hit by overnight losses in New York.", "2024-05-20", "overnight",
     "2024-05-17TNI"),
    ("The embassy was bombed on Aug. 7. Officials said the camps struck overnight were linked to it.",
     "2024-08-20", "overnight", "2024-08-20TNI"),
]

#: Sets: how often.
SETS = [
    ("Officials meet every week.", "2024-01-10", "every week", "P1W"),
    ("The council votes twice a week.", "2024-01-10", "twice a week", "P1W"),
    ("The fee is paid annually.", "2024-01-10", "annually", "P1Y"),
    ("Prices rise each year.", "2024-01-10", "each year", "P1Y"),
    ("The festival is held each July.", "2024-01-10", "each July", "XXXX-07"),
    ("Tourists come every summer.", "2024-01-10", "every summer", "XXXX-SU"),
    ("The show airs on Tuesday nights.", "2024-01-10", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("The market opens on Sundays.", "2024-01-10", "Sundays", "XXXX-WXX-7"),
    ("He runs every morning.", "2024-01-10", "every morning", "XXXX-XX-XXTMO"),
]

#: Anaphoric weeks.
WEEKS = [
    ("The meeting was held the week of March 6.", "2024-04-10", "the week of March 6", "2024-W10"),
    ("Talks are planned for the week of Jan. 15, 2025.", "2024-04-10", "the week of Jan. 15, 2025", "2025-W03"),
    ("Hearings resume the week of June 3.", "2024-04-10", "the week of June 3", "2024-W23"),
]

#: Season words: a season after a time preposition; a noun before "of", "in", "from".
SEASONS = [
    ("The talks collapsed in the fall.", "2025-01-10", "the fall", "2024-FA"),
    ("Exports rose during the fall, officials said.", "2025-01-10", "the fall", "2024-FA"),
    ("Elections are due in the spring.", "2025-01-10", "the spring", "2025-SP"),
    ("The vote was held in the fall of 2023.", "2025-01-10", "the fall of 2023", "2023-FA"),
    ("The bill passed in the fall of last year.", "2024-01-20", "the fall of last year", "2023-FA"),
    ("Elections are due in the spring of next year.", "2024-01-20", "the spring of next year", "2025-SP"),
    ("The pipeline opens in summer this year.", "2024-01-20", "summer this year", "2024-SU"),
    ("The anniversaries of three authors fall this year.", "2010-08-01", "this year", "2010"),
]

#: Fractions and pairs of units ("half a century ago", "a quarter century", "the next couple of years").
FRACTIONS = [
    ("Half a century ago, the dam was built.", "2024-01-20", "Half a century ago", "1974"),
    ("A quarter century ago, the wall fell.", "2014-11-09", "A quarter century ago", "1989"),
    ("The plan covers the next couple of years.", "2024-01-20", "the next couple of years", "P2Y"),
    ("He ruled for a quarter century.", "2024-01-20", "a quarter century", "P25Y"),
]

#: The tense of a weekday: a reporting clause after a comma or quote mark
#: ("..., officials said") does not govern it; a verb after "and"/"but" belongs
#: to another verb phrase; present-tense verbs of scheduled happenings look ahead.
WEEKDAY_TENSE = [
    ("The minister will travel to Paris on Friday, his office said.", "2024-05-15", "Friday", "2024-05-17"),
    ("Talks resume Friday, officials said.", "2024-05-15", "Friday", "2024-05-17"),
    ('"We will win on Sunday," the coach told reporters.', "2024-05-15", "Sunday", "2024-05-19"),
    ("The rebels attacked the town on Monday, the army said.", "2024-05-15", "Monday", "2024-05-13"),
    ("Over the weekend, officials confirmed the report.", "2024-05-15", "the weekend", "2024-W19-WE"),
    ("On Monday, a spokesman said the plant would close.", "2024-05-15", "Monday", "2024-05-13"),
    ("He met the president on Tuesday and will meet the premier on Friday.", "2024-05-15", "Tuesday", "2024-05-14"),
    ("Students marched on Saturday and were planning a second rally.", "2024-05-17", "Saturday", "2024-05-11"),
    ("The team lost on Sunday but will play again on Friday.", "2024-05-15", "Sunday", "2024-05-12"),
    ("The election takes place on Sunday.", "2024-05-15", "Sunday", "2024-05-19"),
    ("The president arrives Monday for a state visit.", "2024-05-15", "Monday", "2024-05-20"),
    ("The exhibition opens on Saturday at the city museum.", "2024-05-15", "Saturday", "2024-05-18"),
    ("Talks did resume on Monday after a pause.", "2024-05-15", "Monday", "2024-05-13"),
    ("The storm hit the coast on Friday.", "2024-05-15", "Friday", "2024-05-10"),
    ("The central bank cut rates on Thursday.", "2024-05-15", "Thursday", "2024-05-09"),
    ("The storm will hit the coast on Friday.", "2024-05-15", "Friday", "2024-05-17"),
    ("That task will be put to the test with an address on Tuesday night.", "2010-06-13",
     "Tuesday night", "2010-06-15TNI"),
    ("Argentina is expected to easily beat Georgia on Sunday.", "2011-09-29", "Sunday", "2011-10-02"),
    ("They failed. Then put in new people come November.", "2008-09-19", "November", "2008-11"),
    ("The defections were sparked by the response to protests on Friday, when snipers killed 52 people.",
     "2011-03-21", "Friday", "2011-03-18"),
    ("Syria first agreed to the initiative on Tuesday but violence has continued.", "2012-03-29",
     "Tuesday", "2012-03-27"),
    ("The minister, who arrived on Monday, will leave on Friday.", "2024-05-15", "Monday", "2024-05-13"),
    ("A spokesman said the talks, which began on Monday, would end Friday.", "2024-05-15", "Monday", "2024-05-13"),
    ("The strike, scheduled for Friday, was called off.", "2024-05-15", "Friday", "2024-05-17"),
    ("After the president's visit to the coast at the weekend, the White House said officials would return.",
     "2010-05-05", "the weekend", "2010-W17-WE"),
    ("In an interview on Thursday, the minister said his message at Friday's meeting would be firm.",
     "2011-05-13", "Thursday", "2011-05-12"),
    ("The president plans to visit the coast again on Friday, and on Wednesday, the White House called in reporters.",
     "2010-05-27", "Wednesday", "2010-05-26"),
    ("The regime lifted the emergency law on Thursday but activists say the violence went on.", "2011-04-25",
     "Thursday", "2011-04-21"),
    ("Death toll up to 24 Sunday and Monday, a witness says: residents are let down.", "2011-04-18",
     "Sunday", "2011-04-17"),
    ("The bill passed on Tuesday of last week.", "2024-05-15", "Tuesday of last week", "2024-05-07"),
    ("The vote is set for Friday next week.", "2024-05-15", "Friday next week", "2024-05-24"),
]

#: Parts of a day referred back to: the day last mentioned, or the one after it.
DAY_PART_ANAPHORS = [
    ("The ship sank on March 3, 2020. The next morning, rescuers arrived.", "2024-05-15",
     "The next morning", "2020-03-04"),
    ("Voters went to the polls on Sunday. That night, crowds celebrated.", "2024-05-15", "That night", "2024-05-12"),
    ("The court ruled on June 2, 2021; the following evening the minister quit.", "2024-05-15",
     "the following evening", "2021-06-03"),
    ("He was arrested on Monday. The day before, he had fled the city.", "2024-05-15", "The day before", "2024-05-12"),
    ("The ship sank on March 3, 2020, and the day after, divers found it.", "2024-05-15", "the day after", "2020-03-04"),
]

#: Quarters without a year: the nearest, the tense breaking the balance; "the
#: latest quarter" has ended; "the quarter ended <day>" is the quarter of the
#: three months up to that day.
QUARTERS = [
    ("Profits fell 12% in the fourth quarter, the company said.", "2024-01-25", "the fourth quarter", "2023-Q4"),
    ("The carrier reported a loss for the fourth quarter.", "2019-02-04", "the fourth quarter", "2018-Q4"),
    ("The company expects sales to recover in the first quarter.", "2023-11-20", "the first quarter", "2024-Q1"),
    ("Output shrank in the first quarter.", "2023-11-20", "the first quarter", "2023-Q1"),
    ("The lender will book a fourth-quarter charge.", "2023-10-20", "fourth-quarter", "2023-Q4"),
    ("The lender will book a fourth-quarter charge. Deposits fell in the latest quarter.", "2023-10-20",
     "the latest quarter", "2023-Q3"),
    ("Margins narrowed in the most recent quarter.", "2023-08-02", "the most recent quarter", "2023-Q2"),
    ("The lender will book a fourth-quarter charge. Deposits fell in the latest quarter, against a gain "
     "a year earlier.", "2023-10-20", "a year earlier", "2022-Q3"),
    ("Profit rose in the latest quarter, from a loss a year ago.", "2023-08-02", "a year ago", "2022-Q2"),
    ("Revenue rose 5% in the quarter ended March 31.", "2024-05-02", "the quarter", "2024-Q1"),
    ("The retailer lost money in the quarter ended July 31.", "2024-09-02", "the quarter", "2024-Q2"),
    ("Sales rose in the quarter ending Sept. 30, 2022.", "2024-09-02", "the quarter", "2022-Q3"),
    ("Results for this year's fourth quarter will be weak.", "2024-01-25", "this year's fourth quarter", "2024-Q4"),
    ("The bank expects to report a third-quarter loss.", "2023-11-20", "third-quarter", "2023-Q3"),
    ("The insurer will release its third-quarter results next week.", "2023-10-28", "third-quarter", "2023-Q3"),
    ("The chain said sales fell in the third quarter.", "2024-05-20", "the third quarter", "2023-Q3"),
    ("Profit rose in the second quarter, against a loss in the corresponding period last year.", "2024-08-02",
     "the corresponding period last year", "2023-Q2"),
    ("Revenue fell in the second quarter. For the quarter a year ago, the firm earned $3 million.", "2024-08-02",
     "the quarter a year ago", "2023-Q2"),
    ("The miner lost money in the third quarter; in the same period a year earlier it broke even.", "2024-11-02",
     "the same period a year earlier", "2023-Q3"),
]

#: Ranges: a yearless start takes its year from the range's end; when both are
#: yearless the end is resolved first and the start is the latest such month before it.
RANGES = [
    ("Between May and July 2023, exports rose.", "2024-05-15", "May", "2023-05"),
    ("The strike ran from March 3 to April 5, 2020.", "2024-05-15", "March 3", "2020-03-03"),
    ("Fighting raged from late March to early April 2021.", "2024-05-15", "late March", "2021-03"),
    ("The report covers January-March 2022.", "2024-05-15", "January", "2022-01"),
    ("Sales rose in April and May 2019.", "2024-05-15", "April", "2019-04"),
    ("The roads were closed from December to February 2021.", "2024-05-15", "December", "2020-12"),
    ("From June to August, temperatures soared.", "2024-05-15", "June", "2023-06"),
    ("The exhibition ran from October to January.", "2024-05-15", "October", "2023-10"),
    ("The storm season runs from June 1 to the end of November.", "2010-05-14", "the end of November", "2010-11"),
    ("Prices spiked on July 14, June 15 and May 16 this year.", "2011-09-15", "June 15", "2011-06-15"),
    ("Between January and March, exports rose.", "2024-05-15", "January", "2024-01"),
]

#: Business shorthand: hyphenated part modifiers, two-digit fiscal years.
SHORTHAND = [
    ("Shares have fallen since end-March.", "2024-05-15", "end-March", "2024-03"),
    ("Rates will peak in early-2025.", "2024-05-15", "early-2025", "2025"),
    ("Growth stalled in late-2023.", "2024-05-15", "late-2023", "2023"),
    ("Sales in FY24 rose 4%.", "2024-05-15", "FY24", "2024"),
    ("The group cut its guidance for FY25.", "2024-05-15", "FY25", "2025"),
]

#: "N units ago/earlier": "ago" counts from the publication date, "earlier" (days,
#: weeks) from the day last mentioned; "a year ago this month" is one expression.
AGO = [
    ("The plant closed a year ago this month.", "2024-05-15", "a year ago this month", "2023-05"),
    ("The plant closed two years ago this week.", "2024-05-15", "two years ago this week", "2022-W19"),
    ("The rebels attacked on March 3. Two days earlier, the army had withdrawn.", "2024-05-15",
     "Two days earlier", "2024-03-01"),
    ("The ship sank on Friday. A week earlier, inspectors had approved it.", "2024-05-15", "A week earlier", "2024-W18"),
    ("Two days earlier, the army had withdrawn.", "2024-05-15", "Two days earlier", "2024-05-13"),
    ("The dog went missing 10 days ago.", "2024-05-15", "10 days ago", "2024-05-05"),
]

CLASSES = (AGO + MONTH_DAYS + TENSE_DIRECTION + WEEKDAY_TENSE + QUARTERS + RANGES + DAY_PART_ANAPHORS + SHORTHAND + FRACTIONS + PAST_MONTHS + DEADLINES + DATELINES + TIMES + SETS + WEEKS
           + SEASONS)

#: Words that look like dates here but are not.
NOT_DATES = [
    ("Since the fall of Assad, refugees have returned.", "2025-01-10"),
    ("Since the fall in oil prices, the budget shrank.", "2025-01-10"),
    ("The fall was steep after the fall from power.", "2025-01-10"),
    ("The company raised its quarterly dividend.", "2025-01-10"),
    ("She reads the daily newspaper.", "2025-01-10"),
    ("The day before the vote, he fled.", "2025-01-10"),
]


@pytest.mark.parametrize("text,published,span,value", CLASSES)
def test_temporal_classes(text, published, span, value):
    found = {t.text: t.value for t in find_dates(text, published)}
    assert found.get(span) == value, found


@pytest.mark.parametrize("text,published", NOT_DATES)
def test_temporal_classes_false_friends(text, published):
    assert find_dates(text, published) == []
