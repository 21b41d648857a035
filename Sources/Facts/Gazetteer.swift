/// Countries, capitals and major cities, regions and well-known sites, keyed by lower-case
/// name with the canonical spelling as value. Short on purpose: the "in/at/to/from X" rule
/// catches places the list lacks.
enum Gazetteer {
  static let countries = """
    Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, \
    Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, \
    Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Brunei Darussalam, Bulgaria, Burkina Faso, Burundi, \
    Cambodia, Cameroon, Canada, Cape Verde, Chad, Chile, China, Colombia, Comoros, Congo, \
    Costa Rica, Croatia, Cuba, Cyprus, Czech Republic, Czechia, Denmark, Djibouti, Dominica, \
    Dominican Republic, East Timor, Timor-Leste, Ecuador, Egypt, El Salvador, Eritrea, Estonia, \
    Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, \
    Grenada, Guatemala, Guinea, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, \
    Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya, \
    Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, \
    Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, \
    Mauritania, Mauritius, Mexico, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, \
    Myanmar, Burma, Namibia, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria, \
    North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama, \
    Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, \
    Rwanda, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, \
    Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea, Korea, South Sudan, Spain, \
    Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, \
    Thailand, Togo, Tonga, Tunisia, Turkey, Türkiye, Turkmenistan, Tuvalu, Uganda, Ukraine, \
    United Arab Emirates, United Kingdom, Britain, Great Britain, England, Scotland, Wales, \
    United States, United States of America, America, Uruguay, Uzbekistan, Vanuatu, Vatican, \
    Venezuela, Vietnam, Viet Nam, Yemen, Zambia, Zimbabwe, Soviet Union, USSR, Yugoslavia, \
    Czechoslovakia, Democratic Kampuchea, Kampuchea, People's Republic of Kampuchea, \
    South Vietnam, North Vietnam, East Germany, West Germany, Hong Kong, Macau, Tibet, Gaza, \
    Gaza Strip, West Bank, Crimea, Kashmir, Greenland, Puerto Rico, Abyei, Darfur
    """
  static let cities = """
    Hanoi, Ha Noi, Ho Chi Minh City, Saigon, Sai Gon, Da Nang, Hue, Hai Phong, Haiphong, Can Tho, \
    Nha Trang, Da Lat, Dalat, Vinh, Dien Bien Phu, Dien Bien, Quang Tri, Quang Ninh, Ha Long, \
    Tay Ninh, An Giang, Kien Giang, Lang Son, Cao Bang, Lao Cai, Ha Giang, Thanh Hoa, Nghe An, \
    Ha Tinh, Quang Binh, Binh Dinh, Gia Lai, Kon Tum, Dak Lak, Lam Dong, Dong Nai, Binh Duong, \
    Long An, Ca Mau, Bac Ninh, Nam Dinh, Thai Binh, Ninh Binh, Phu Quoc, Con Dao, Hoang Sa, \
    Truong Sa, Paracel Islands, Spratly Islands, Mekong Delta, Red River Delta, Central Highlands, \
    Phnom Penh, Siem Reap, Battambang, Kampong Cham, Kampot, Sihanoukville, Takeo, Svay Rieng, \
    Prey Veng, Kandal, Pursat, Kratie, Stung Treng, Ratanakiri, Mondulkiri, Pailin, Anlong Veng, \
    Preah Vihear, Koh Kong, Kampong Speu, Kampong Thom, Kampong Chhnang, Banteay Meanchey, \
    Oddar Meanchey, Angkor, Quang Ngai, Quang Nam, Phu Yen, Khanh Hoa, Ninh Thuan, Binh Thuan, \
    Thua Thien Hue, Thua Thien-Hue, Dak Nong, Binh Phuoc, Ba Ria-Vung Tau, Vung Tau, Tien Giang, \
    Ben Tre, Tra Vinh, Vinh Long, Dong Thap, Hau Giang, Soc Trang, Bac Lieu, Hung Yen, Hai Duong, \
    Ha Nam, Vinh Phuc, Phu Tho, Thai Nguyen, Bac Giang, Bac Kan, Tuyen Quang, Yen Bai, Son La, \
    Lai Chau, Hoa Binh, Dien Bien Phu, Quy Nhon, Buon Ma Thuot, Pleiku, Phan Thiet, Cam Ranh, \
    Hoi An, My Son, My Lai, Cu Chi, Khe Sanh, Ha Long Bay, Halong Bay, Mong Cai, Sa Pa, Sapa, \
    Ban Me Thuot, Rach Gia, Long Xuyen, My Tho, Chau Doc, Ha Tien, Nam Dinh, Uong Bi, \
    Riyadh, Jeddah, Muscat, Manama, Kuwait City, Sanaa, Aden, Baku, Tbilisi, Yerevan, Tashkent, \
    Astana, Almaty, Bishkek, Dushanbe, Ashgabat, Colombo, Male, Thimphu, Port Moresby, Suva, \
    Kagoshima, Kanagawa, Yokohama, Edo, Nagoya, Sapporo, Kobe, Incheon, Chiang Mai, Phuket, \
    Pattaya, Mandalay, Cebu, Davao, Surabaya, Bali, Penang, Johor, Sabah, Sarawak, Macao, \
    Angkor Wat, Angkor Thom, Tuol Sleng, Choeung Ek, Tonle Sap, Mekong, \
    Vientiane, Luang Prabang, Bangkok, Yangon, Rangoon, Naypyidaw, Kuala Lumpur, Jakarta, Manila, \
    Bandar Seri Begawan, Dili, Beijing, Shanghai, Guangzhou, Shenzhen, Hong Kong, Taipei, Tokyo, \
    Osaka, Kyoto, Hiroshima, Nagasaki, Fukushima, Seoul, Busan, Pyongyang, Ulaanbaatar, New Delhi, \
    Delhi, Mumbai, Kolkata, Dhaka, Kathmandu, Islamabad, Karachi, Kabul, Tehran, Baghdad, \
    Damascus, Beirut, Amman, Jerusalem, Tel Aviv, Riyadh, Mecca, Dubai, Abu Dhabi, Doha, Ankara, \
    Istanbul, Cairo, Tripoli, Tunis, Algiers, Rabat, Khartoum, Juba, Addis Ababa, Nairobi, \
    Kampala, Kigali, Kinshasa, Lagos, Abuja, Accra, Dakar, Johannesburg, Pretoria, Cape Town, \
    London, Paris, Berlin, Rome, Madrid, Lisbon, Brussels, Amsterdam, The Hague, Geneva, Zurich, \
    Vienna, Prague, Warsaw, Budapest, Bucharest, Sofia, Athens, Belgrade, Kyiv, Kiev, Moscow, \
    Saint Petersburg, St. Petersburg, Minsk, Stockholm, Oslo, Copenhagen, Helsinki, Dublin, \
    Edinburgh, Washington, Washington D.C., New York, New York City, Los Angeles, Chicago, \
    San Francisco, Boston, Houston, Miami, Seattle, Ottawa, Toronto, Montreal, Vancouver, \
    Mexico City, Havana, Bogota, Lima, Santiago, Buenos Aires, Brasilia, Rio de Janeiro, \
    Sao Paulo, Caracas, Canberra, Sydney, Melbourne, Wellington, Auckland, Singapore, Kyiv, \
    Hiroshima, Pearl Harbor, Normandy, Stalingrad, Verdun, Geneva, Versailles, Yalta, Potsdam, \
    Hollywood, Silicon Valley, Wall Street, Gettysburg, Dunkirk
    """
  static let regions = """
    Asia, Southeast Asia, South-East Asia, East Asia, South Asia, Central Asia, Asia-Pacific, \
    Indochina, Europe, Eastern Europe, Western Europe, Central Europe, Africa, North Africa, \
    West Africa, East Africa, Sub-Saharan Africa, Middle East, Near East, Far East, \
    North America, South America, Latin America, Central America, Caribbean, Oceania, \
    Pacific, Pacific Ocean, Atlantic, Atlantic Ocean, Indian Ocean, Arctic, Antarctica, \
    Mediterranean, Balkans, Scandinavia, Siberia, Himalayas, Sahara, Amazon, East Sea, \
    South China Sea, Gulf of Tonkin, Persian Gulf, Red Sea, Black Sea, Baltic, Korean Peninsula, \
    Horn of Africa, Mekong River, Red River, Yangtze, Nile, Danube, Rhine, Thames
    """

  /// States, provinces and other divisions of large countries, and more of the world's cities,
  /// islands, seas and rivers: a story set anywhere names them, and a name the recogniser does
  /// not know as a place ("Nova Scotia", "Las Vegas") is otherwise taken for a person. Given
  /// names that are also places ("Victoria", "Charlotte") are left out.
  static let divisions = """
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, \
    Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, \
    Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, \
    New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, \
    Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, \
    Virginia, West Virginia, Wisconsin, Wyoming, New England, Midwest, Alberta, \
    British Columbia, Manitoba, New Brunswick, Newfoundland, Nova Scotia, Ontario, Quebec, \
    Saskatchewan, Yukon, Nunavut, Northwest Territories, Prince Edward Island, New South Wales, \
    Queensland, Tasmania, Western Australia, South Australia, Northern Territory, Kerala, \
    Tamil Nadu, Karnataka, Maharashtra, Gujarat, Rajasthan, Punjab, Bengal, West Bengal, Bihar, \
    Uttar Pradesh, Madhya Pradesh, Andhra Pradesh, Telangana, Odisha, Orissa, Assam, Goa, Sindh, \
    Balochistan, Bavaria, Saxony, Prussia, Silesia, Bohemia, Moravia, Catalonia, Andalusia, \
    Castile, Galicia, Lombardy, Tuscany, Sicily, Sardinia, Corsica, Brittany, Provence, \
    Burgundy, Alsace, Lorraine, Alsace-Lorraine, Flanders, Wallonia, Northern Ireland, Ulster, Cornwall, \
    Yorkshire, Lancashire, Chechnya, Tatarstan, Xinjiang, Guangdong, Sichuan, Yunnan, \
    Manchuria, Hokkaido, Honshu, Kyushu, Shikoku, Okinawa, Miyagi, Mindanao, Luzon, Java, \
    Sumatra, Borneo, Sulawesi, Amazonia, Anatolia, Kurdistan, Mesopotamia, Transvaal, Natal, \
    Zanzibar, Katanga, Biafra, Sinai, Negev, Galilee, Judea, Ladakh, Sikkim, Hainan, Crete, \
    Faroe Islands, Svalbard, Hispaniola, Trinidad, Bermuda, Tahiti, Hawaiian Islands, \
    Falkland Islands, Canary Islands, Azores, Madeira, Sahel, Maghreb, Levant, Caucasus, Urals, \
    Alps, Andes, Rockies, Appalachians, Pyrenees, Carpathians, Great Lakes, Lake Superior, \
    Lake Michigan, Lake Baikal, Lake Titicaca, Lake Tanganyika, Lake Chad, North Sea, Irish Sea, \
    Adriatic, Aegean, Arabian Sea, Bay of Bengal, Gulf of Mexico, Gulf of Aden, Sea of Japan, \
    Yellow Sea, Bering Sea, Bering Strait, Strait of Hormuz, Strait of Malacca, \
    Strait of Gibraltar, Bosporus, Dardanelles, English Channel, Suez Canal, Panama Canal, \
    Mississippi River, Missouri River, Ohio River, Hudson River, St. Lawrence River, Rio Grande, \
    Colorado River, Amazon River, Orinoco, Parana, Congo River, Niger River, Zambezi, Limpopo, \
    Ganges, Indus, Brahmaputra, Irrawaddy, Yellow River, Volga, Dnieper, Vistula, Oder, \
    Elbe, Seine, Loire, Rhone, Tiber, Ebro, Tagus, Euphrates, Tigris, Jordan River
    """
  static let moreCities = """
    Las Vegas, San Diego, San Antonio, Dallas, Denver, Phoenix, Atlanta, Philadelphia, \
    Baltimore, Pittsburgh, Detroit, Cleveland, Cincinnati, St. Louis, Kansas City, Omaha, \
    Minneapolis, Milwaukee, New Orleans, Nashville, Memphis, Louisville, Richmond, Charleston, \
    Savannah, Tampa, Portland, Sacramento, Salt Lake City, Anchorage, Honolulu, \
    Cambridge, Oxford, Manchester, Liverpool, Birmingham, Leeds, Glasgow, Belfast, Cardiff, \
    Bristol, Southampton, Portsmouth, Plymouth, Dover, York, Halifax, Winnipeg, Calgary, \
    Edmonton, Quebec City, Hamburg, Munich, Frankfurt, Cologne, Dresden, Leipzig, Bonn, \
    Nuremberg, Stuttgart, Lyon, Marseille, Bordeaux, Toulouse, Strasbourg, Lille, \
    Cherbourg, Milan, Naples, Turin, Venice, Genoa, Palermo, Bologna, Barcelona, \
    Seville, Valencia, Porto, Antwerp, Rotterdam, Utrecht, Gdansk, Krakow, Kraków, Lviv, Odesa, \
    Odessa, Kharkiv, Sevastopol, Volgograd, Leningrad, Novosibirsk, Vladivostok, Riga, Tallinn, \
    Vilnius, Bergen, Reykjavik, Thessaloniki, Salonika, Sarajevo, Zagreb, Ljubljana, Bratislava, \
    Tirana, Skopje, Chisinau, Izmir, Smyrna, Constantinople, Alexandria, Aswan, Luxor, \
    Port Said, Suez, Benghazi, Casablanca, Marrakesh, Tangier, Timbuktu, Bamako, Niamey, \
    Ouagadougou, Abidjan, Freetown, Monrovia, Conakry, Lomé, Cotonou, Kano, Ibadan, Douala, \
    Yaoundé, Libreville, Brazzaville, Luanda, Lusaka, Harare, Maputo, Windhoek, Gaborone, \
    Durban, Port Elizabeth, Mogadishu, Bujumbura, Goma, Lubumbashi, Antananarivo, Basra, \
    Mosul, Aleppo, Homs, Haifa, Gaza City, Ramallah, Bethlehem, Nazareth, Isfahan, Shiraz, \
    Tabriz, Mashhad, Kandahar, Herat, Lahore, Peshawar, Rawalpindi, Quetta, Multan, Amritsar, \
    Chennai, Madras, Bangalore, Bengaluru, Hyderabad, Ahmedabad, Pune, Jaipur, Lucknow, Kanpur, \
    Patna, Varanasi, Calcutta, Bombay, Kochi, Cochin, Thiruvananthapuram, Kollam, Kandy, Jaffna, \
    Lhasa, Chengdu, Chongqing, Wuhan, Nanjing, Tianjin, Xi'an, Hangzhou, Harbin, Shenyang, \
    Dalian, Qingdao, Kunming, Canton, Peking, Nanking, Sendai, Kawasaki, Okayama, Fukuoka, \
    Kumamoto, Naha, Ishinomaki, Daegu, Gwangju, Kaesong, Ulsan, Bagan, Yogyakarta, Bandung, \
    Semarang, Medan, Makassar, Batavia, Malacca, Quezon City, Iloilo, Brisbane, Perth, \
    Hobart, Nouméa, Port Vila, Honiara, Apia, Guadalajara, Monterrey, Tijuana, Veracruz, \
    Acapulco, Guatemala City, San Tegucigalpa, Managua, San José, Panama City, Colón, \
    Kingston, Port-au-Prince, Santo Domingo, San Juan, Medellín, Cali, Cartagena, Quito, \
    Guayaquil, Asunción, Montevideo, Córdoba, Salvador, Recife, Fortaleza, \
    Belém, Manaus, Porto Alegre, Curitiba, Belo Horizonte, Maracaibo
    """

  static let places: WordMap<String> = {
    var table: [String: String] = [:]
    for list in [countries, cities, regions, divisions, moreCities] {
      for name in list.split(separator: ",") {
        let trimmed = name.trimmingCharacters(in: " \n")
        table[trimmed.lowercased()] = trimmed
      }
    }
    // Spellings that name the same place.
    table["viet nam"] = "Vietnam"
    table["ha noi"] = "Hanoi"
    table["sai gon"] = "Saigon"
    table["türkiye"] = "Turkey"
    table["burma"] = "Myanmar"
    table["kampuchea"] = "Kampuchea"
    table["south-east asia"] = "Southeast Asia"
    table["united states of america"] = "United States"
    table["america"] = "United States"
    table["kiev"] = "Kyiv"
    return WordMap(table.map { ($0.key, $0.value) })
  }()
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = self
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

/// The sort of place a gazetteer name is, for questions whose options must be of the answer's
/// sort: a town beside towns, a province beside provinces.
public enum GazetteerSort: Sendable, Equatable {
  /// A city or a town (`cities`, `moreCities`).
  case city
  /// A state, province, island, range or other division of a country (`divisions`).
  case division

  /// The sort of `name` (any case), or nil when the gazetteer's city and division lists lack
  /// it. Countries and world regions are not told here: the question writer lists them.
  public static func of(_ name: String) -> GazetteerSort? {
    let key = name.lowercased()
    if cityKeys.contains(key) { return .city }
    if divisionKeys.contains(key) { return .division }
    return nil
  }

  private static func keys(_ lists: [String]) -> Set<String> {
    var keys: Set<String> = []
    for list in lists {
      for name in list.split(separator: ",") {
        keys.insert(name.trimmingCharacters(in: " \n").lowercased())
      }
    }
    return keys
  }

  private static let cityKeys = keys([Gazetteer.cities, Gazetteer.moreCities])
  private static let divisionKeys = keys([Gazetteer.divisions])
}
