window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1628160107344822272",
      "fullText" : "Sunset over the Ottawa River tonight. No filter needed.",
      "expandedUrl" : "https://twitter.com/i/web/status/1628160107344822272"
    }
  },
  {
    "like" : {
      "tweetId" : "1610392888800186371",
      "fullText" : "Reminder that the library lends snowshoes. Free. With your card.",
      "expandedUrl" : "https://twitter.com/i/web/status/1610392888800186371"
    }
  },
  {
    "like" : {
      "tweetId" : "838559797212094470",
      "fullText" : "New bakery on Montcalm has the best croissants in the region, fight me.",
      "expandedUrl" : "https://twitter.com/i/web/status/838559797212094470"
    }
  },
  {
    "like" : {
      "tweetId" : "722473080714178569",
      "fullText" : "Bike lane snow clearing crews are the real heroes of February.",
      "expandedUrl" : "https://twitter.com/i/web/status/722473080714178569"
    }
  },
  {
    "like" : {
      "tweetId" : "1432501785850822668",
      "fullText" : "The Sens power play finally works and I don't know how to feel.",
      "expandedUrl" : "https://twitter.com/i/web/status/1432501785850822668"
    }
  },
  {
    "like" : {
      "tweetId" : "1109971682325450767",
      "fullText" : "Gatineau Park in October should be a national holiday.",
      "expandedUrl" : "https://twitter.com/i/web/status/1109971682325450767"
    }
  },
  {
    "like" : {
      "tweetId" : "1330715129410510866",
      "fullText" : "Whoever left a free little library on our street: thank you.",
      "expandedUrl" : "https://twitter.com/i/web/status/1330715129410510866"
    }
  },
  {
    "like" : {
      "tweetId" : "1262880747287506965",
      "fullText" : "Les tulipes sont sorties! Le printemps est officiellement arrivé.",
      "expandedUrl" : "https://twitter.com/i/web/status/1262880747287506965"
    }
  },
  {
    "like" : {
      "tweetId" : "913248745812951064",
      "fullText" : "Match de ce soir : quelle remontée!",
      "expandedUrl" : "https://twitter.com/i/web/status/913248745812951064"
    }
  },
  {
    "like" : {
      "tweetId" : "1557405994709979163",
      "fullText" : "Book club hot take: the sequel was better.",
      "expandedUrl" : "https://twitter.com/i/web/status/1557405994709979163"
    }
  },
  {
    "like" : {
      "tweetId" : "1672255416693727262",
      "fullText" : "Free skating at the city rink this weekend, bring the kids.",
      "expandedUrl" : "https://twitter.com/i/web/status/1672255416693727262"
    }
  },
  {
    "like" : {
      "tweetId" : "1840052889318371361",
      "fullText" : "This is the best soup recipe I've ever made, sharing it with everyone.",
      "expandedUrl" : "https://twitter.com/i/web/status/1840052889318371361"
    }
  },
  {
    "like" : {
      "tweetId" : "1796712751821799460",
      "fullText" : "La cabane à sucre ouvre samedi, réservez tôt.",
      "expandedUrl" : "https://twitter.com/i/web/status/1796712751821799460"
    }
  },
  {
    "like" : {
      "tweetId" : "1461523488044011559",
      "fullText" : "If you need me I'll be under a blanket until April.",
      "expandedUrl" : "https://twitter.com/i/web/status/1461523488044011559"
    }
  },
  {
    "like" : {
      "tweetId" : "941502391251951658",
      "fullText" : "Vote Liberal this October. Let's keep moving forward. #VoteLiberal",
      "expandedUrl" : "https://twitter.com/i/web/status/941502391251951658"
    }
  },
  {
    "like" : {
      "tweetId" : "1000873842308083757",
      "fullText" : "The pathway along the canal is clear and gorgeous this morning.",
      "expandedUrl" : "https://twitter.com/i/web/status/1000873842308083757"
    }
  },
  {
    "like" : {
      "tweetId" : "1746013796037623856",
      "fullText" : "Tonight's Question Period was a circus on all sides.",
      "expandedUrl" : "https://twitter.com/i/web/status/1746013796037623856"
    }
  },
  {
    "like" : {
      "tweetId" : "1780572206003195955",
      "fullText" : "Nouveau café sur la rue Laval, le latte à l'érable est divin.",
      "expandedUrl" : "https://twitter.com/i/web/status/1780572206003195955"
    }
  },
  {
    "like" : {
      "tweetId" : "1065789588632576054",
      "fullText" : "Kids' soccer registration opens Monday, set your alarms.",
      "expandedUrl" : "https://twitter.com/i/web/status/1065789588632576054"
    }
  },
  {
    "like" : {
      "tweetId" : "1427816647619588153",
      "fullText" : "Public servants deserve better than Phoenix. Fix it.",
      "expandedUrl" : "https://twitter.com/i/web/status/1427816647619588153"
    }
  }
]