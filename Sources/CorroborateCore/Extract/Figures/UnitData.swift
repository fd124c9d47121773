// Unit and currency names written for Corroborate from general knowledge of measurement and
// currency usage in English news (SI and US customary units, ISO 4217 codes). Canonical names
// follow the spelled-out singular of each unit, British spelling (`kilometre`), so that
// outlets writing `km`, `kilometers` or `kilometres` compare as one.

enum UnitData {
    /// `name|kind|surface,surface,…`: each surface (lowercase; words joined by one space, glued
    /// pieces such as `km/h` written as printed) reads as `name`.
    static let units = """
        percent|percent|%,percent,pct,per cent,per-cent,pc,percentage
        percentage point|percent|percentage point,percentage points,pp,ppt,ppts
        basis point|percent|basis point,basis points,bp,bps
        kilometre|measure|km,kms,kilometre,kilometres,kilometer,kilometers
        metre|measure|metre,metres,meter,meters
        centimetre|measure|cm,centimetre,centimetres,centimeter,centimeters
        millimetre|measure|mm,millimetre,millimetres,millimeter,millimeters
        nanometre|measure|nm,nanometre,nanometres,nanometer,nanometers
        micrometre|measure|micron,microns,micrometre,micrometres,micrometer,micrometers
        mile|measure|mile,miles,mi
        nautical mile|measure|nautical mile,nautical miles
        foot|measure|foot,feet,ft
        inch|measure|inch,inches
        yard|measure|yard,yards,yd,yds
        light year|measure|light year,light years,light-year,light-years
        square metre|measure|m2,sq m,square metre,square metres,square meter,square meters,sqm
        square kilometre|measure|km2,sq km,square kilometre,square kilometres,square kilometer,square kilometers
        square foot|measure|sq ft,square foot,square feet,sqft
        square mile|measure|sq mi,square mile,square miles
        hectare|measure|hectare,hectares,ha
        acre|measure|acre,acres
        cubic metre|measure|m3,cubic metre,cubic metres,cubic meter,cubic meters
        cubic kilometre|measure|km3,cubic kilometre,cubic kilometres,cubic kilometer,cubic kilometers
        kilogram|measure|kg,kgs,kilogram,kilograms,kilogramme,kilogrammes,kilo,kilos
        gram|measure|gram,grams,gramme,grammes
        milligram|measure|mg,milligram,milligrams
        tonne|measure|tonne,tonnes,metric ton,metric tons
        ton|measure|ton,tons
        pound-mass|measure|lb,lbs
        ounce|measure|oz,ounce,ounces
        litre|measure|litre,litres,liter,liters
        millilitre|measure|ml,millilitre,millilitres,milliliter,milliliters
        gallon|measure|gallon,gallons,gal
        barrel|measure|barrel,barrels,bbl
        barrel per day|measure|bpd,b/d,barrel-a-day,barrels-a-day,barrels a day,barrels per day
        ton per day|measure|tpd
        watt|measure|watt,watts
        kilowatt|measure|kw,kilowatt,kilowatts
        megawatt|measure|mw,megawatt,megawatts
        gigawatt|measure|gw,gigawatt,gigawatts
        watt hour|measure|wh,watt hour,watt hours,watt-hour,watt-hours
        kilowatt hour|measure|kwh,kilowatt hour,kilowatt hours,kilowatt-hour,kilowatt-hours
        megawatt hour|measure|mwh,megawatt hour,megawatt hours,megawatt-hour,megawatt-hours
        gigawatt hour|measure|gwh,gigawatt hour,gigawatt hours,gigawatt-hour,gigawatt-hours
        terawatt hour|measure|twh,terawatt hour,terawatt hours,terawatt-hour,terawatt-hours
        milliampere-hour|measure|mah,milliampere hour,milliampere hours,milliamp hours
        volt|measure|volt,volts
        kilovolt|measure|kv,kilovolt,kilovolts
        horsepower|measure|hp,horsepower,ps
        brake horsepower|measure|bhp,brake horsepower
        newton metre|measure|newton metre,newton metres,newton meter,newton meters
        pound-foot|measure|lb-ft,lb ft,pound-feet,pound-foot,pound feet,foot-pounds,ft-lb
        hertz|measure|hz,hertz
        kilohertz|measure|khz,kilohertz
        megahertz|measure|mhz,megahertz
        gigahertz|measure|ghz,gigahertz
        byte|measure|byte,bytes
        kilobyte|measure|kb,kilobyte,kilobytes
        megabyte|measure|megabyte,megabytes
        gigabyte|measure|gb,gigabyte,gigabytes
        terabyte|measure|tb,terabyte,terabytes
        petabyte|measure|pb,petabyte,petabytes
        exabyte|measure|eb,exabyte,exabytes
        megabit per second|measure|mbps,mb/s,megabits per second
        gigabit per second|measure|gbps,gb/s,gigabits per second
        degree|measure|degree,degrees,°
        degree celsius|measure|°c,degrees celsius,degree celsius,celsius,degrees centigrade,centigrade,deg c
        degree fahrenheit|measure|°f,degrees fahrenheit,degree fahrenheit,fahrenheit,deg f
        kelvin|measure|kelvin,kelvins
        mile per hour|measure|mph,miles per hour,mile per hour,miles an hour
        kilometre per hour|measure|km/h,kph,km/hr,kmh,kmph,kilometres per hour,kilometers per hour,kilometres an hour,kilometers an hour
        metre per second|measure|m/s,metres per second,meters per second
        mile per gallon|measure|mpg,miles per gallon
        knot|measure|knot,knots
        revolutions per minute|measure|rpm
        parts-per-million|measure|ppm,parts per million
        parts-per-billion|measure|ppb,parts per billion
        calorie|measure|calorie,calories,kcal,kilocalorie,kilocalories
        electronvolt|measure|ev,electronvolt,electronvolts
        joule|measure|joule,joules
        decibel|measure|db,decibel,decibels
        megaton|measure|megaton,megatons,megatonne,megatonnes
        kiloton|measure|kiloton,kilotons,kilotonne,kilotonnes
        second|duration|second,seconds,sec,secs
        minute|duration|minute,minutes,min,mins
        hour|duration|hour,hours,hr,hrs
        day|duration|day,days
        week|duration|week,weeks
        fortnight|duration|fortnight,fortnights
        month|duration|month,months
        year|duration|year,years,yr,yrs
        decade|duration|decade,decades
        century|duration|century,centuries
        millennium|duration|millennium,millennia
        """

    /// `name|ISO code|surface,…` for currencies. Symbols and codes also stand before the number
    /// (`$5`, `US$5`, `USD 5`, `€3bn`); words stand after it (`5 dollars`).
    static let currencies = """
        dollar|USD|$,us$,usd,dollar,dollars,us dollar,us dollars,u.s. dollar,u.s. dollars,$us,american dollars
        australian dollar|AUD|a$,au$,aud,$a,$au,australian dollar,australian dollars
        canadian dollar|CAD|c$,ca$,can$,cad,$c,canadian dollar,canadian dollars
        new zealand dollar|NZD|nz$,nzd,$nz,new zealand dollar,new zealand dollars
        hong kong dollar|HKD|hk$,hkd,$hk,hong kong dollar,hong kong dollars
        singapore dollar|SGD|s$,sgd,$s,singapore dollar,singapore dollars
        taiwan dollar|TWD|nt$,twd,taiwan dollar,taiwan dollars,new taiwan dollars
        euro|EUR|€,eur,euro,euros
        pound sterling|GBP|£,gbp,ps,sterling,pound sterling,pounds sterling,british pounds
        japanese yen|JPY|¥,jpy,y=,yen,japanese yen
        yuan|CNY|cny,rmb,yuan,renminbi,chinese yuan
        indian rupee|INR|₹,inr,rs,rs.,indian rupee,indian rupees
        rupee||rupee,rupees
        south korean won|KRW|₩,krw,won,korean won,south korean won
        russian rouble|RUB|₽,rub,rouble,roubles,ruble,rubles
        ukrainian hryvnia|UAH|₴,uah,hryvnia,hryvnias,hryvnya,hryvnyas
        shekel|ILS|₪,ils,nis,shekel,shekels,new israeli shekels
        turkish lira|TRY|₺,try,lira,liras,turkish lira
        swiss franc|CHF|chf,swiss franc,swiss francs
        franc||franc,francs
        malaysian ringgit|MYR|rm,myr,ringgit
        south african rand|ZAR|zar,rand
        nigerian naira|NGN|₦,ngn,naira
        philippine peso|PHP|₱,php
        peso||peso,pesos
        brazilian real|BRL|r$,brl,reais,brazilian real
        saudi riyal|SAR|sar,riyal,riyals
        uae dirham|AED|aed,dirham,dirhams
        thai baht|THB|thb,baht
        indonesian rupiah|IDR|idr,rupiah
        polish zloty|PLN|pln,zloty,zlotys
        swedish krona|SEK|sek,kronor,swedish krona
        norwegian krone|NOK|nok,norwegian krone,norwegian kroner
        danish krone|DKK|dkk,danish krone,danish kroner
        vietnamese dong|VND|vnd,dong
        pakistani rupee|PKR|pkr,pakistani rupees
        egyptian pound|EGP|egp,egyptian pounds
        bitcoin|BTC|btc,bitcoin,bitcoins
        cent||cent,cents,¢
        penny|GBP|penny,pence,p
        """
}
