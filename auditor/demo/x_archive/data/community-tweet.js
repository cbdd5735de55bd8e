window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1720947284767789487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1720947284767789487",
      "created_at" : "Sat Nov 04 23:33:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Winter commuters: studded tires or not? I swear by them on the Voyageurs path.",
      "lang" : "en",
      "scopes" : {
        "followers" : false
      },
      "community_id" : "1620572636574691361",
      "community_id_str" : "1620572636574691361"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1712110473445020337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712110473445020337",
      "created_at" : "Wed Oct 11 14:18:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Group ride Sunday 9am from the Champlain Bridge, all paces welcome!",
      "lang" : "en",
      "scopes" : {
        "followers" : false
      },
      "community_id" : "1620572636574691361",
      "community_id_str" : "1620572636574691361"
    }
  }
]