window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848409960350389157"
          ],
          "editableUntil" : "2024-10-21T18:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RTO",
            "indices" : [
              "73",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1848409960350389157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848409960350389157",
      "created_at" : "Mon Oct 21 17:04:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Another all-staff about 'efficiencies'. This department is a clown show. #RTO",
      "lang" : "en",
      "deleted_at" : "Mon Oct 21 18:19:11 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849814213328727682"
          ],
          "editableUntil" : "2024-10-25T15:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "1849814213328727682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849814213328727682",
      "created_at" : "Fri Oct 25 14:04:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Oups, mauvaise photo. Ignorez ça!",
      "lang" : "fr",
      "deleted_at" : "Fri Oct 25 18:49:11 +0000 2024"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851233565801317916"
          ],
          "editableUntil" : "2024-10-29T13:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "1851233565801317916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851233565801317916",
      "created_at" : "Tue Oct 29 12:04:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone know a good bike mechanic in Aylmer? Mine retired.",
      "lang" : "en",
      "deleted_at" : "Tue Oct 29 13:39:11 +0000 2024"
    }
  }
]