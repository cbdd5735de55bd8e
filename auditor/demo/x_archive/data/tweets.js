window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1840467789871270143",
          "editControlInitial" : {
            "editTweetIds" : [
              "1840467789871270143",
              "1840468796506073022"
            ],
            "editableUntil" : "2024-09-29T20:08:50.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "35",
              "44"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "1840468796506073022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840468796506073022",
      "created_at" : "Sun Sep 29 19:08:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Sens win in overtime!! What a game #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848050231670568558"
          ],
          "editableUntil" : "2024-10-20T18:14:45.000Z",
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
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1848050231670568558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848050231670568558",
      "created_at" : "Sun Oct 20 17:14:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Je viens de terminer Station Eleven. Je pense encore à la fin. Le club de lecture a choisi Moon of the Crusted Snow pour le mois prochain.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840467789871270143",
            "1840468796506073022"
          ],
          "editableUntil" : "2024-09-29T20:04:50.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "34",
              "43"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "3",
      "id_str" : "1840467789871270143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840467789871270143",
      "created_at" : "Sun Sep 29 19:04:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Sens wn in overtime!! What a game #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838986034545244484"
          ],
          "editableUntil" : "2024-09-25T17:56:52.000Z",
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
        "150"
      ],
      "favorite_count" : "1",
      "id_str" : "1838986034545244484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838986034545244484",
      "created_at" : "Wed Sep 25 16:56:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Library holds came in all at once, as they do. Starting Les Filles de Caleb. Book club picked Moon of the Crusted Snow for next month, anyone read it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834009635455541108"
          ],
          "editableUntil" : "2024-09-12T00:22:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "OttawaLibraryDemo",
            "screen_name" : "OttawaLibraryDemo",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "7508201179",
            "id" : "7508201179"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1834009635455541108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834009635455541108",
      "created_at" : "Wed Sep 11 23:22:26 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @OttawaLibraryDemo: Our summer reading challenge is back! Kids can sign up at any branch starting today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826815233884620756"
          ],
          "editableUntil" : "2024-08-23T03:54:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "129",
              "138"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_nation_marc",
            "screen_name" : "sens_nation_marc",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "6601105528",
            "id" : "6601105528"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/5LXMwG5EXT",
            "expanded_url" : "https://ncc-ccn.gc.ca/places/gatineau-park",
            "display_url" : "ncc-ccn.gc.ca/places/gati…",
            "indices" : [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "2",
      "id_str" : "1826815233884620756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1826815233884620756",
      "created_at" : "Fri Aug 23 02:54:27 +0000 2024",
      "favorited" : false,
      "full_text" : "@sens_nation_marc Canoe day on the river. Saw a heron and a very confident beaver. Camping weekend, no signal, highly recommend. #GoSensGo https://t.co/5LXMwG5EXT",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1826692927977123568",
      "in_reply_to_status_id" : "1826692927977123568",
      "in_reply_to_user_id" : "6601105528",
      "in_reply_to_user_id_str" : "6601105528",
      "in_reply_to_screen_name" : "sens_nation_marc"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824779410995908269"
          ],
          "editableUntil" : "2024-08-17T13:04:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "167",
              "176"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "2",
      "id_str" : "1824779410995908269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1824779410995908269",
      "created_at" : "Sat Aug 17 12:04:49 +0000 2024",
      "favorited" : false,
      "full_text" : "Théo built a fort out of every cushion in the house. I'm not allowed in without a password. Soccer practice in the rain, two thermoses of hot chocolate, zero regrets. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822815847577622596"
          ],
          "editableUntil" : "2024-08-12T03:02:19.000Z",
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
        "146"
      ],
      "favorite_count" : "1",
      "id_str" : "1822815847577622596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822815847577622596",
      "created_at" : "Mon Aug 12 02:02:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Soccer practice in the rain, two thermoses of hot chocolate, zero regrets. Maya lost a tooth at school and negotiated a rate with the tooth fairy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822819924440360977"
          ],
          "editableUntil" : "2024-08-12T03:18:31.000Z",
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
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1822819924440360977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822819924440360977",
      "created_at" : "Mon Aug 12 02:18:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Sortie de vélo sur le pont Champlain ce matin, 24 km et pas une goutte de pluie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819217856165543291"
          ],
          "editableUntil" : "2024-08-02T04:45:11.000Z",
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
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1819217856165543291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819217856165543291",
      "created_at" : "Fri Aug 02 03:45:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Family movie night, everyone fell asleep but the dog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817351999062470320"
          ],
          "editableUntil" : "2024-07-28T01:10:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "vélo",
            "indices" : [
              "125",
              "130"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "1817351999062470320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817351999062470320",
      "created_at" : "Sun Jul 28 00:10:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Canicule à Gatineau, le chat dort dans la baignoire. Première neige! Les enfants étaient dehors avant que le café soit prêt. #vélo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816791266752805505"
          ],
          "editableUntil" : "2024-07-26T12:02:47.000Z",
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
        "75"
      ],
      "favorite_count" : "32",
      "id_str" : "1816791266752805505",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1816791266752805505",
      "created_at" : "Fri Jul 26 11:02:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Watching the game with Théo, who has questions about icing I cannot answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810523546319057843"
          ],
          "editableUntil" : "2024-07-09T04:57:06.000Z",
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
        "70"
      ],
      "favorite_count" : "3",
      "id_str" : "1810523546319057843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1810523546319057843",
      "created_at" : "Tue Jul 09 03:57:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Soirée de films en famille, tout le monde s'est endormi sauf le chien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794692179427867666"
          ],
          "editableUntil" : "2024-05-26T12:28:54.000Z",
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
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1794692179427867666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1794692179427867666",
      "created_at" : "Sun May 26 11:28:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Parent-teacher night. Maya is apparently 'very chatty'. No idea where that comes from.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773162678584037972"
          ],
          "editableUntil" : "2024-03-28T02:38:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "59",
              "68"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1773162678584037972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1773162678584037972",
      "created_at" : "Thu Mar 28 01:38:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Took a free online course on data visualization, loved it. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781082719910704330"
          ],
          "editableUntil" : "2024-04-18T23:09:46.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1781082719910704330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781082719910704330",
      "created_at" : "Thu Apr 18 22:09:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Brouillard sur la rivière ce matin, c'était magnifique.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1784943446719243837"
          ],
          "editableUntil" : "2024-04-29T14:50:55.000Z",
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
        "186"
      ],
      "favorite_count" : "2",
      "id_str" : "1784943446719243837",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1784943446719243837",
      "created_at" : "Mon Apr 29 13:50:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Flat tire near Pink Lake, fixed in 8 minutes. Personal best. If you see someone in a yellow jacket singing on the bike path, no you didn't. Bike commute streak: day 42. My legs disagree.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772767797445182592"
          ],
          "editableUntil" : "2024-03-27T00:29:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1772767797445182592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772767797445182592",
      "created_at" : "Tue Mar 26 23:29:14 +0000 2024",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Soirée de films en famille, tout le monde s'est endormi sauf le chien.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1772631650335849157",
      "in_reply_to_status_id" : "1772631650335849157",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771208720120589739"
          ],
          "editableUntil" : "2024-03-22T17:14:01.000Z",
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
        "42"
      ],
      "favorite_count" : "6",
      "id_str" : "1771208720120589739",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1771208720120589739",
      "created_at" : "Fri Mar 22 16:14:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Sens beat Boston 3-1! What a third period.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1770217337648912057"
          ],
          "editableUntil" : "2024-03-19T23:34:37.000Z",
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
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "1770217337648912057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1770217337648912057",
      "created_at" : "Tue Mar 19 22:34:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Les bancs de neige sont plus hauts que Théo maintenant. Canicule à Gatineau, le chat dort dans la baignoire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1765364754412944356"
          ],
          "editableUntil" : "2024-03-06T14:12:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottnews",
            "indices" : [
              "56",
              "64"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B7E3c3hQjv",
            "expanded_url" : "https://ncc-ccn.gc.ca/places/gatineau-park",
            "display_url" : "ncc-ccn.gc.ca/places/gati…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "9",
      "id_str" : "1765364754412944356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1765364754412944356",
      "created_at" : "Wed Mar 06 13:12:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Trying a new recipe for banana bread, I'll report back. #ottnews https://t.co/B7E3c3hQjv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761901177861348360"
          ],
          "editableUntil" : "2024-02-26T00:49:10.000Z",
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
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1761901177861348360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1761901177861348360",
      "created_at" : "Sun Feb 25 23:49:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Conference season: three days, forty coffees, one good idea. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763547211494507740"
          ],
          "editableUntil" : "2024-03-01T13:49:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottweather",
            "indices" : [
              "157",
              "168"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "1",
      "id_str" : "1763547211494507740",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763547211494507740",
      "created_at" : "Fri Mar 01 12:49:55 +0000 2024",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Parent-teacher night. Théo is apparently 'very chatty'. No idea where that comes from. Family movie night, everyone fell asleep but the dog. #ottweather",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1763407037858273557",
      "in_reply_to_status_id" : "1763407037858273557",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764999795439020231"
          ],
          "editableUntil" : "2024-03-05T14:01:58.000Z",
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
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1764999795439020231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764999795439020231",
      "created_at" : "Tue Mar 05 13:01:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Les bancs de neige sont plus hauts que Théo maintenant. Canicule à Gatineau, le chat dort dans la baignoire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761867770233394001"
          ],
          "editableUntil" : "2024-02-25T22:36:25.000Z",
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
        "146"
      ],
      "favorite_count" : "1",
      "id_str" : "1761867770233394001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1761867770233394001",
      "created_at" : "Sun Feb 25 21:36:25 +0000 2024",
      "favorited" : false,
      "full_text" : "New chain, new cassette, the bike sounds like a sewing machine now. If you see someone in a yellow jacket singing on the bike path, no you didn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756725377367102745"
          ],
          "editableUntil" : "2024-02-11T18:02:23.000Z",
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
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1756725377367102745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1756725377367102745",
      "created_at" : "Sun Feb 11 17:02:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Just finished Washington Black. Still thinking about the ending. Reread Washington Black on the bus this week. Holds up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754341909591127361"
          ],
          "editableUntil" : "2024-02-05T04:11:20.000Z",
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
        "185"
      ],
      "favorite_count" : "2",
      "id_str" : "1754341909591127361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754341909591127361",
      "created_at" : "Mon Feb 05 03:11:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Sugar shack season! Tire d'érable on the snow with the whole family. Sunday batch cooking: banana bread for the week. Farmers market haul: corn, tomatoes, a ridiculous amount of garlic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748007591998785829"
          ],
          "editableUntil" : "2024-01-18T16:41:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottweather_demo",
            "screen_name" : "ottweather_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "9818336855",
            "id" : "9818336855"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1748007591998785829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1748007591998785829",
      "created_at" : "Thu Jan 18 15:41:01 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @ottweather_demo: Freezing rain warning in effect for Ottawa-Gatineau tonight into tomorrow morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739994139329555897"
          ],
          "editableUntil" : "2023-12-27T13:58:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottnews",
            "indices" : [
              "61",
              "69"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "1",
      "id_str" : "1739994139329555897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739994139329555897",
      "created_at" : "Wed Dec 27 12:58:25 +0000 2023",
      "favorited" : false,
      "full_text" : "First snow! The kids were outside before I found the coffee. #ottnews",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744812555761257955"
          ],
          "editableUntil" : "2024-01-09T21:05:05.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1744812555761257955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744812555761257955",
      "created_at" : "Tue Jan 09 20:05:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Ski de fond au parc de la Gatineau, les pistes étaient parfaites.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739687934164615402"
          ],
          "editableUntil" : "2023-12-26T17:41:40.000Z",
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
        "217"
      ],
      "favorite_count" : "1",
      "id_str" : "1739687934164615402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739687934164615402",
      "created_at" : "Tue Dec 26 16:41:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Grandma's 80th birthday today. Three generations and a very large cake. Théo built a fort out of every cushion in the house. I'm not allowed in without a password. Family movie night, everyone fell asleep but the dog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739628794475857100"
          ],
          "editableUntil" : "2023-12-26T13:46:40.000Z",
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
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1739628794475857100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739628794475857100",
      "created_at" : "Tue Dec 26 12:46:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Cross-country skiing near the Rideau Canal, the trails were perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1733872275813812326"
          ],
          "editableUntil" : "2023-12-10T16:32:19.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/LgOcgseXSD",
            "expanded_url" : "https://www.gatineau.ca/portail/default.aspx",
            "display_url" : "gatineau.ca/portail/defau…",
            "indices" : [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1733872275813812326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1733872275813812326",
      "created_at" : "Sun Dec 10 15:32:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Trade deadline day: refreshing my feed like it's my job. https://t.co/LgOcgseXSD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715409142547134103"
          ],
          "editableUntil" : "2023-10-20T17:46:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ad",
            "indices" : [
              "90",
              "93"
            ]
          },
          {
            "text" : "sponsored",
            "indices" : [
              "94",
              "104"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "velocitygear_demo",
            "screen_name" : "velocitygear_demo",
            "indices" : [
              "41",
              "59"
            ],
            "id_str" : "5821528207",
            "id" : "5821528207"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "1715409142547134103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715409142547134103",
      "created_at" : "Fri Oct 20 16:46:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Loving my new winter cycling jacket from @velocitygear_demo, they sent it to me for free! #ad #sponsored",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1702161664049571400"
          ],
          "editableUntil" : "2023-09-14T04:25:40.000Z",
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
        "126"
      ],
      "favorite_count" : "11",
      "id_str" : "1702161664049571400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1702161664049571400",
      "created_at" : "Thu Sep 14 03:25:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Dimanche popote : tourtière pour la semaine. Cabane à sucre avec toute la famille. Tire sur la neige &amp; oreilles de crisse.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1680033183037281180"
          ],
          "editableUntil" : "2023-07-15T02:54:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1680033183037281180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680033183037281180",
      "created_at" : "Sat Jul 15 01:54:59 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Humidex of 40 today. The cat has melted onto the tiles.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1679889737843308877",
      "in_reply_to_status_id" : "1679889737843308877",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1688006785627919530"
          ],
          "editableUntil" : "2023-08-06T02:59:14.000Z",
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
        "146"
      ],
      "favorite_count" : "1",
      "id_str" : "1688006785627919530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688006785627919530",
      "created_at" : "Sun Aug 06 01:59:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Soccer practice in the rain, two thermoses of hot chocolate, zero regrets. Maya lost a tooth at school and negotiated a rate with the tooth fairy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1679167285754155889"
          ],
          "editableUntil" : "2023-07-12T17:34:13.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/ySEPolUBVx",
            "expanded_url" : "https://www.ricardocuisine.com/recettes",
            "display_url" : "ricardocuisine.com/recett…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "2",
      "id_str" : "1679167285754155889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1679167285754155889",
      "created_at" : "Wed Jul 12 16:34:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Belle conférence aujourd'hui sur le langage clair. Plein d'idées à reprendre. https://t.co/ySEPolUBVx",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677472757577410758"
          ],
          "editableUntil" : "2023-07-08T01:20:46.000Z",
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
        "141"
      ],
      "favorite_count" : "1",
      "id_str" : "1677472757577410758",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677472757577410758",
      "created_at" : "Sat Jul 08 00:20:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Learning Python on weekends. Today I made a chart of my bike rides. Great panel today on plain language writing. So many good ideas to steal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675510985130836682"
          ],
          "editableUntil" : "2023-07-02T15:25:23.000Z",
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
        "46"
      ],
      "favorite_count" : "1",
      "id_str" : "1675510985130836682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1675510985130836682",
      "created_at" : "Sun Jul 02 14:25:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Bike commute streak: day 55. My legs disagree.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1674457891862915261"
          ],
          "editableUntil" : "2023-06-29T17:40:46.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1674457891862915261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674457891862915261",
      "created_at" : "Thu Jun 29 16:40:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Soirée de films en famille, tout le monde s'est endormi sauf le chien.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672923623849798899"
          ],
          "editableUntil" : "2023-06-25T12:04:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "199",
              "208"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "208"
      ],
      "favorite_count" : "6",
      "id_str" : "1672923623849798899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672923623849798899",
      "created_at" : "Sun Jun 25 11:04:08 +0000 2023",
      "favorited" : false,
      "full_text" : "My to-read pile is now a load-bearing structure. Book club picked Kiss of the Fur Queen for next month, anyone read it? Audiobook recommendation: Moon of the Crusted Snow, the narrator is wonderful. #Gatineau",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1666526806933520900"
          ],
          "editableUntil" : "2023-06-07T20:25:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "OttawaLibraryDemo",
            "screen_name" : "OttawaLibraryDemo",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "7508201179",
            "id" : "7508201179"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1666526806933520900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1666526806933520900",
      "created_at" : "Wed Jun 07 19:25:28 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @OttawaLibraryDemo: Our summer reading challenge is back! Kids can sign up at any branch starting today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667628373767223408"
          ],
          "editableUntil" : "2023-06-10T21:22:42.000Z",
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
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1667628373767223408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1667628373767223408",
      "created_at" : "Sat Jun 10 20:22:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Relu Moon of the Crusted Snow dans l'autobus cette semaine. Toujours aussi bon.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1671572076494846743"
          ],
          "editableUntil" : "2023-06-21T18:33:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "2",
      "id_str" : "1671572076494846743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671572076494846743",
      "created_at" : "Wed Jun 21 17:33:34 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Honestly working for the federal government is soul-crushing some weeks. Management here has no clue.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1671507903644572707",
      "in_reply_to_status_id" : "1671507903644572707",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659918622258146391"
          ],
          "editableUntil" : "2023-05-20T14:46:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "138",
              "147"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1659918622258146391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659918622258146391",
      "created_at" : "Sat May 20 13:46:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Première neige! Les enfants étaient dehors avant que le café soit prêt. Il fait 2 ce matin et le chauffage de l'abribus est encore brisé. #Gatineau",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1657731762487300822"
          ],
          "editableUntil" : "2023-05-14T13:57:06.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1657731762487300822/photo/1",
            "indices" : [
              "177",
              "200"
            ],
            "url" : "https://t.co/cLhm7WG80y",
            "media_url" : "http://pbs.twimg.com/media/tRunODCSzN3mS0b.jpg",
            "id_str" : "1657731762487300814",
            "id" : "1657731762487300814",
            "media_url_https" : "https://pbs.twimg.com/media/tRunODCSzN3mS0b.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/cLhm7WG80y"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "1",
      "id_str" : "1657731762487300822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1657731762487300822",
      "created_at" : "Sun May 14 12:57:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Pluie verglaçante annoncée. Télétravail et soupe, voilà le plan. Les bancs de neige sont plus hauts que Maya maintenant. Brouillard sur la rivière ce matin, c'était magnifique. https://t.co/cLhm7WG80y",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1657731762487300822/photo/1",
            "indices" : [
              "177",
              "200"
            ],
            "url" : "https://t.co/cLhm7WG80y",
            "media_url" : "http://pbs.twimg.com/media/tRunODCSzN3mS0b.jpg",
            "id_str" : "1657731762487300814",
            "id" : "1657731762487300814",
            "media_url_https" : "https://pbs.twimg.com/media/tRunODCSzN3mS0b.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/cLhm7WG80y"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649739663012879138"
          ],
          "editableUntil" : "2023-04-22T12:39:21.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1649739663012879138/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/RrY2I9aWfG",
            "media_url" : "http://pbs.twimg.com/media/35CW0z4mr8rJ0QQ.jpg",
            "id_str" : "1649739663012879130",
            "id" : "1649739663012879130",
            "media_url_https" : "https://pbs.twimg.com/media/35CW0z4mr8rJ0QQ.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/RrY2I9aWfG"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "2",
      "id_str" : "1649739663012879138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649739663012879138",
      "created_at" : "Sat Apr 22 11:39:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Marché du samedi : maïs, tomates et beaucoup trop d'ail. https://t.co/RrY2I9aWfG",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1649739663012879138/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/RrY2I9aWfG",
            "media_url" : "http://pbs.twimg.com/media/35CW0z4mr8rJ0QQ.jpg",
            "id_str" : "1649739663012879130",
            "id" : "1649739663012879130",
            "media_url_https" : "https://pbs.twimg.com/media/35CW0z4mr8rJ0QQ.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/RrY2I9aWfG"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649586067603668404"
          ],
          "editableUntil" : "2023-04-22T02:29:01.000Z",
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
        "46"
      ],
      "favorite_count" : "1",
      "id_str" : "1649586067603668404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649586067603668404",
      "created_at" : "Sat Apr 22 01:29:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Lost to Detroit 3-2. We'll get them next time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632905450618446709"
          ],
          "editableUntil" : "2023-03-07T01:46:12.000Z",
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
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1632905450618446709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632905450618446709",
      "created_at" : "Tue Mar 07 00:46:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Maya lost a tooth at school and negotiated a rate with the tooth fairy. Family movie night, everyone fell asleep but the dog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638136548817057841"
          ],
          "editableUntil" : "2023-03-21T12:12:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "1638136548817057841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638136548817057841",
      "created_at" : "Tue Mar 21 11:12:43 +0000 2023",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Pratique de soccer sous la pluie, deux thermos de chocolat chaud. Les 80 ans de grand-maman aujourd'hui. Trois générations et un énorme gâteau.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1638124469223829055",
      "in_reply_to_status_id" : "1638124469223829055",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1643288987041854383"
          ],
          "editableUntil" : "2023-04-04T17:26:40.000Z",
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
        "213"
      ],
      "favorite_count" : "1",
      "id_str" : "1643288987041854383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1643288987041854383",
      "created_at" : "Tue Apr 04 16:26:40 +0000 2023",
      "favorited" : false,
      "full_text" : "If you see someone in a yellow jacket singing on the bike path, no you didn't. Flat tire near Gatineau Park, fixed in 8 minutes. Personal best. First ride of the season with studded tires put away. Spring is real.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632396786401136229"
          ],
          "editableUntil" : "2023-03-05T16:04:57.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1632396786401136229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632396786401136229",
      "created_at" : "Sun Mar 05 15:04:57 +0000 2023",
      "favorited" : false,
      "full_text" : "Le club de lecture a choisi Station Eleven pour le mois prochain.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632383381405522713"
          ],
          "editableUntil" : "2023-03-05T15:11:41.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/EyX7OUKs71",
            "expanded_url" : "https://www.nhl.com/senators/",
            "display_url" : "nhl.com/senators/",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "id_str" : "1632383381405522713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632383381405522713",
      "created_at" : "Sun Mar 05 14:11:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Belle conférence aujourd'hui sur le langage clair. Plein d'idées à reprendre. https://t.co/EyX7OUKs71",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630218797579067066"
          ],
          "editableUntil" : "2023-02-27T15:50:24.000Z",
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
        "185"
      ],
      "favorite_count" : "2",
      "id_str" : "1630218797579067066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630218797579067066",
      "created_at" : "Mon Feb 27 14:50:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunday batch cooking: lentil dal for the week. Sugar shack season! Tire d'érable on the snow with the whole family. Bread &amp; butter pickles, year three. Finally got the crunch right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1627303190067879401"
          ],
          "editableUntil" : "2023-02-19T14:44:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_news_demo",
            "screen_name" : "sens_news_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9852689830",
            "id" : "9852689830"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1627303190067879401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627303190067879401",
      "created_at" : "Sun Feb 19 13:44:49 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sens_news_demo: Tonight's lineup is out. Puck drop at 7pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1608877495157727300"
          ],
          "editableUntil" : "2022-12-30T18:27:41.000Z",
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
        "56"
      ],
      "favorite_count" : "1",
      "id_str" : "1608877495157727300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608877495157727300",
      "created_at" : "Fri Dec 30 17:27:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Les Sens battent Winnipeg 4-2! Quelle troisième période.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1617936608786285641"
          ],
          "editableUntil" : "2023-01-24T18:25:22.000Z",
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
        "143"
      ],
      "favorite_count" : "2",
      "id_str" : "1617936608786285641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1617936608786285641",
      "created_at" : "Tue Jan 24 17:25:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Théo a fait son premier tour sans petites roues aujourd'hui! Sortie de vélo le long du canal Rideau ce matin, 55 km et pas une goutte de pluie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607151442589633844"
          ],
          "editableUntil" : "2022-12-26T00:08:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "capitalcyclist_ott",
            "screen_name" : "capitalcyclist_ott",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "2177827051",
            "id" : "2177827051"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/YmZX7oFwdZ",
            "expanded_url" : "https://www.ottawapubliclibrary.ca/en",
            "display_url" : "ottawapubliclibrary.ca/en",
            "indices" : [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "1607151442589633844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607151442589633844",
      "created_at" : "Sun Dec 25 23:08:58 +0000 2022",
      "favorited" : false,
      "full_text" : "@capitalcyclist_ott Trade deadline day: refreshing my feed like it's my job. Outdoor rink is finally open. Skated until my toes went numb. https://t.co/YmZX7oFwdZ",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1607126276767571335",
      "in_reply_to_status_id" : "1607126276767571335",
      "in_reply_to_user_id" : "2177827051",
      "in_reply_to_user_id_str" : "2177827051",
      "in_reply_to_screen_name" : "capitalcyclist_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607066948337069511"
          ],
          "editableUntil" : "2022-12-25T18:33:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ncc_parks_demo",
            "screen_name" : "ncc_parks_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9993051502",
            "id" : "9993051502"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1607066948337069511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607066948337069511",
      "created_at" : "Sun Dec 25 17:33:13 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @ncc_parks_demo: Gatineau Park winter trails are open. Check conditions before you go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1607021742127427622"
          ],
          "editableUntil" : "2022-12-25T15:33:35.000Z",
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
        "121"
      ],
      "favorite_count" : "9",
      "id_str" : "1607021742127427622",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1607021742127427622",
      "created_at" : "Sun Dec 25 14:33:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Headwind both ways on the Portage bridge. Physics is a liar. Flat tire near Mer Bleue, fixed in 8 minutes. Personal best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1601260018333465042"
          ],
          "editableUntil" : "2022-12-09T17:58:33.000Z",
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
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1601260018333465042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1601260018333465042",
      "created_at" : "Fri Dec 09 16:58:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Match à la télé avec Maya, qui veut tout savoir sur le hors-jeu.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1599556958943305540"
          ],
          "editableUntil" : "2022-12-05T01:11:12.000Z",
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
        "108"
      ],
      "favorite_count" : "5",
      "id_str" : "1599556958943305540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599556958943305540",
      "created_at" : "Mon Dec 05 00:11:12 +0000 2022",
      "favorited" : false,
      "full_text" : "La réforme de l'assurance-emploi promise depuis 2021 n'arrive toujours pas. Le ministre devrait avoir honte.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1577050072022253019"
          ],
          "editableUntil" : "2022-10-03T22:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "météo",
            "indices" : [
              "119",
              "125"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1577050072022253019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577050072022253019",
      "created_at" : "Mon Oct 03 21:36:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Défaite contre Tampa 4-2. On se reprend samedi. Les Sens battent Boston 5-4 en prolongation! Quelle troisième période. #météo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594686482806679985"
          ],
          "editableUntil" : "2022-11-21T14:37:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "113",
              "122"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1594686482806679985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594686482806679985",
      "created_at" : "Mon Nov 21 13:37:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Randonnée au lac Pink, les couleurs sont à leur meilleur. Ski de fond au lac Pink, les pistes étaient parfaites. #GoSensGo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1578557064475731487"
          ],
          "editableUntil" : "2022-10-08T02:25:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "108",
              "117"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "id_str" : "1578557064475731487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578557064475731487",
      "created_at" : "Sat Oct 08 01:25:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Bike commute streak: day 18. My legs disagree. Headwind both ways on the Portage bridge. Physics is a liar. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596143512713862608"
          ],
          "editableUntil" : "2022-11-25T15:07:23.000Z",
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
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1596143512713862608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1596143512713862608",
      "created_at" : "Fri Nov 25 14:07:23 +0000 2022",
      "favorited" : false,
      "full_text" : "If your student loan Repayment Assistance Plan application is stuck, DM me. I work on the program and can check.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1572363532894304305"
          ],
          "editableUntil" : "2022-09-21T00:14:14.000Z",
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
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1572363532894304305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572363532894304305",
      "created_at" : "Tue Sep 20 23:14:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Soccer practice in the rain, two thermoses of hot chocolate, zero regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568649032105122676"
          ],
          "editableUntil" : "2022-09-10T18:14:08.000Z",
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
        "184"
      ],
      "favorite_count" : "1",
      "id_str" : "1568649032105122676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568649032105122676",
      "created_at" : "Sat Sep 10 17:14:08 +0000 2022",
      "favorited" : false,
      "full_text" : "Flat tire near the Rideau Canal, fixed in 8 minutes. Personal best. First ride of the season with studded tires put away. Spring is real. Bike commute streak: day 31. My legs disagree.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1568559022341444285"
          ],
          "editableUntil" : "2022-09-10T12:16:28.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/38iRvc6xLv",
            "expanded_url" : "https://mealbox.example/?ref=ELISE50",
            "display_url" : "mealbox.example/?ref=ELIS…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "78",
      "id_str" : "1568559022341444285",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1568559022341444285",
      "created_at" : "Sat Sep 10 11:16:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Use my referral code ELISE50 for $50 off your first meal kit box: https://t.co/38iRvc6xLv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1533992244740380095"
          ],
          "editableUntil" : "2022-06-07T03:00:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottnews",
            "indices" : [
              "46",
              "54"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GPzGQCrtTY",
            "expanded_url" : "https://www.nhl.com/senators/",
            "display_url" : "nhl.com/senators/",
            "indices" : [
              "55",
              "78"
            ]
          }
        ],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1533992244740380095/photo/1",
            "indices" : [
              "79",
              "102"
            ],
            "url" : "https://t.co/6t81N1z6ek",
            "media_url" : "http://pbs.twimg.com/media/suT3wLR1nUK2dVQ.jpg",
            "id_str" : "1533992244740380087",
            "id" : "1533992244740380087",
            "media_url_https" : "https://pbs.twimg.com/media/suT3wLR1nUK2dVQ.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6t81N1z6ek"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "id_str" : "1533992244740380095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1533992244740380095",
      "created_at" : "Tue Jun 07 02:00:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunday batch cooking: tourtière for the week. #ottnews https://t.co/GPzGQCrtTY https://t.co/6t81N1z6ek",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1533992244740380095/photo/1",
            "indices" : [
              "79",
              "102"
            ],
            "url" : "https://t.co/6t81N1z6ek",
            "media_url" : "http://pbs.twimg.com/media/suT3wLR1nUK2dVQ.jpg",
            "id_str" : "1533992244740380087",
            "id" : "1533992244740380087",
            "media_url_https" : "https://pbs.twimg.com/media/suT3wLR1nUK2dVQ.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/6t81N1z6ek"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1538130177292541618"
          ],
          "editableUntil" : "2022-06-18T13:03:06.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1538130177292541618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538130177292541618",
      "created_at" : "Sat Jun 18 12:03:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Outdoor rink is finally open. Skated until my toes went numb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1536542306071809033"
          ],
          "editableUntil" : "2022-06-14T03:53:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "106",
              "115"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "id_str" : "1536542306071809033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536542306071809033",
      "created_at" : "Tue Jun 14 02:53:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Snowbanks taller than Théo now. We are measuring. It's 33 out and the bus shelter heater is broken again. #Gatineau",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566180260576090674"
          ],
          "editableUntil" : "2022-09-03T22:44:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "OttawaLibraryDemo",
            "screen_name" : "OttawaLibraryDemo",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "7508201179",
            "id" : "7508201179"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1566180260576090674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566180260576090674",
      "created_at" : "Sat Sep 03 21:44:07 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @OttawaLibraryDemo: Our summer reading challenge is back! Kids can sign up at any branch starting today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1528910262434415525"
          ],
          "editableUntil" : "2022-05-24T02:26:27.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1528910262434415525/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/FKJSxKH726",
            "media_url" : "http://pbs.twimg.com/media/Wp9pt22wMuTmdS9.jpg",
            "id_str" : "1528910262434415517",
            "id" : "1528910262434415517",
            "media_url_https" : "https://pbs.twimg.com/media/Wp9pt22wMuTmdS9.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/FKJSxKH726"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1528910262434415525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528910262434415525",
      "created_at" : "Tue May 24 01:26:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Audiobook recommendation: Washington Black, the narrator is wonderful. My to-read pile is now a load-bearing structure. https://t.co/FKJSxKH726",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1528910262434415525/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/FKJSxKH726",
            "media_url" : "http://pbs.twimg.com/media/Wp9pt22wMuTmdS9.jpg",
            "id_str" : "1528910262434415517",
            "id" : "1528910262434415517",
            "media_url_https" : "https://pbs.twimg.com/media/Wp9pt22wMuTmdS9.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/FKJSxKH726"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1525798487324929438"
          ],
          "editableUntil" : "2022-05-15T12:21:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1525798487324929438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525798487324929438",
      "created_at" : "Sun May 15 11:21:22 +0000 2022",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Randonnée à la Mer Bleue, les couleurs sont à leur meilleur.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1525670644940918313",
      "in_reply_to_status_id" : "1525670644940918313",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1524730844018146720"
          ],
          "editableUntil" : "2022-05-12T13:38:56.000Z",
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
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1524730844018146720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524730844018146720",
      "created_at" : "Thu May 12 12:38:56 +0000 2022",
      "favorited" : false,
      "full_text" : "If that neighbour parks across my driveway one more time I swear I will slash his tires.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1509582465005459863"
          ],
          "editableUntil" : "2022-03-31T18:24:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "139",
              "148"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "7",
      "id_str" : "1509582465005459863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509582465005459863",
      "created_at" : "Thu Mar 31 17:24:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Cours en ligne gratuit sur la visualisation de données, j'ai adoré. Rappel à moi-même : prendre sa pause du midi. Marcher dehors. Ça aide. #GoSensGo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522062092271543137"
          ],
          "editableUntil" : "2022-05-05T04:54:16.000Z",
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
        "203"
      ],
      "favorite_count" : "2",
      "id_str" : "1522062092271543137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522062092271543137",
      "created_at" : "Thu May 05 03:54:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Great panel today on plain language writing. So many good ideas to steal. Conference season: three days, forty coffees, one good idea. Worth it. Took a free online course on data visualization, loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1514973487821904585"
          ],
          "editableUntil" : "2022-04-15T15:26:41.000Z",
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
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1514973487821904585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1514973487821904585",
      "created_at" : "Fri Apr 15 14:26:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Camping weekend, no signal, highly recommend. Cross-country skiing near Pink Lake, the trails were perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1523420291791272640"
          ],
          "editableUntil" : "2022-05-08T22:51:16.000Z",
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
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1523420291791272640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523420291791272640",
      "created_at" : "Sun May 08 21:51:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Canoe day on the river. Saw a heron and a very confident beaver. Camping weekend, no signal, highly recommend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1507685033182025355"
          ],
          "editableUntil" : "2022-03-26T12:44:58.000Z",
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
        "118"
      ],
      "favorite_count" : "1",
      "id_str" : "1507685033182025355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507685033182025355",
      "created_at" : "Sat Mar 26 11:44:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Lost to Winnipeg 2-1 in a shootout. We'll get them next time. Trade deadline day: refreshing my feed like it's my job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501175850861048530"
          ],
          "editableUntil" : "2022-03-08T13:39:48.000Z",
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
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "1501175850861048530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501175850861048530",
      "created_at" : "Tue Mar 08 12:39:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Théo built a fort out of every cushion in the house. I'm not allowed in without a password.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1496902366788302494"
          ],
          "editableUntil" : "2022-02-24T18:38:30.000Z",
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
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "1496902366788302494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1496902366788302494",
      "created_at" : "Thu Feb 24 17:38:30 +0000 2022",
      "favorited" : false,
      "full_text" : "That save in the second period, unreal. Lost to the Oilers 3-2. We'll get them next time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1457884128214594070"
          ],
          "editableUntil" : "2021-11-09T02:33:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1457884128214594070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1457884128214594070",
      "created_at" : "Tue Nov 09 01:33:57 +0000 2021",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Camping weekend, no signal, highly recommend.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1457881108316842200",
      "in_reply_to_status_id" : "1457881108316842200",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482924697712109208"
          ],
          "editableUntil" : "2022-01-17T04:56:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "StandWithUkraine",
            "indices" : [
              "77",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1482924697712109208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482924697712109208",
      "created_at" : "Mon Jan 17 03:56:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Sanctions aren't enough. NATO should enforce a no-fly zone over Ukraine now. #StandWithUkraine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1482123883445413347"
          ],
          "editableUntil" : "2022-01-14T23:54:05.000Z",
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
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1482123883445413347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482123883445413347",
      "created_at" : "Fri Jan 14 22:54:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Parent-teacher night. Théo is apparently 'very chatty'. No idea where that comes from.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1493417571252937181"
          ],
          "editableUntil" : "2022-02-15T03:51:10.000Z",
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
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "1493417571252937181",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1493417571252937181",
      "created_at" : "Tue Feb 15 02:51:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Sens beat the Leafs 6-3! What a third period. Lost to Boston 3-2. We'll get them next time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1452691663746997795"
          ],
          "editableUntil" : "2021-10-25T18:40:57.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1452691663746997795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1452691663746997795",
      "created_at" : "Mon Oct 25 17:40:57 +0000 2021",
      "favorited" : false,
      "full_text" : "Learning Python on weekends. Today I made a chart of my bike rides.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1451323100102668608"
          ],
          "editableUntil" : "2021-10-22T00:02:46.000Z",
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
        "115"
      ],
      "favorite_count" : "1",
      "id_str" : "1451323100102668608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1451323100102668608",
      "created_at" : "Thu Oct 21 23:02:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Trade deadline day: refreshing my feed like it's my job. Sens beat Montréal 2-1 in a shootout! What a third period.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1448363657919227104"
          ],
          "editableUntil" : "2021-10-13T20:03:00.000Z",
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
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "1448363657919227104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1448363657919227104",
      "created_at" : "Wed Oct 13 19:03:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Analyste principale des politiques, gouvernement du Canada. Les opinions exprimées ici sont les miennes.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1441862608356017599"
          ],
          "editableUntil" : "2021-09-25T21:30:09.000Z",
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
        "184"
      ],
      "favorite_count" : "3",
      "id_str" : "1441862608356017599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1441862608356017599",
      "created_at" : "Sat Sep 25 20:30:09 +0000 2021",
      "favorited" : false,
      "full_text" : "Bread &amp; butter pickles, year three. Finally got the crunch right. Sunday batch cooking: chili for the week. Made tourtière tonight. The kids asked for seconds, which never happens.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1441861350063881249",
      "in_reply_to_status_id" : "1441861350063881249",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1443538924863255952"
          ],
          "editableUntil" : "2021-09-30T12:31:14.000Z",
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
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "1443538924863255952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1443538924863255952",
      "created_at" : "Thu Sep 30 11:31:14 +0000 2021",
      "favorited" : false,
      "full_text" : "Sens beat the Flames 6-3! What a third period.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1441864621622277182"
          ],
          "editableUntil" : "2021-09-25T21:38:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OttCity",
            "indices" : [
              "74",
              "82"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1441864621622277182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1441864621622277182",
      "created_at" : "Sat Sep 25 20:38:09 +0000 2021",
      "favorited" : false,
      "full_text" : "Made lentil dal tonight. The kids asked for seconds, which never happens. #OttCity",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1441862608356017599",
      "in_reply_to_status_id" : "1441862608356017599",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1447729995054936273"
          ],
          "editableUntil" : "2021-10-12T02:05:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Outaouais",
            "indices" : [
              "57",
              "67"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1447729995054936273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1447729995054936273",
      "created_at" : "Tue Oct 12 01:05:03 +0000 2021",
      "favorited" : false,
      "full_text" : "Nouvelle saison de vélo, les mollets ont oublié l'hiver. #Outaouais",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1441861350063881249"
          ],
          "editableUntil" : "2021-09-25T21:25:09.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/YwMLntMZZl",
            "expanded_url" : "https://www.ricardocuisine.com/recettes",
            "display_url" : "ricardocuisine.com/recett…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1441861350063881249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1441861350063881249",
      "created_at" : "Sat Sep 25 20:25:09 +0000 2021",
      "favorited" : false,
      "full_text" : "Library holds came in all at once, as they do. Starting Washington Black. https://t.co/YwMLntMZZl 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1430320298982598503"
          ],
          "editableUntil" : "2021-08-25T01:05:08.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1430320298982598503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1430320298982598503",
      "created_at" : "Wed Aug 25 00:05:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Je viens de terminer Station Eleven. Je pense encore à la fin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1416900967268507257"
          ],
          "editableUntil" : "2021-07-19T00:21:30.000Z",
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
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1416900967268507257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1416900967268507257",
      "created_at" : "Sun Jul 18 23:21:30 +0000 2021",
      "favorited" : false,
      "full_text" : "Piste cyclable déneigée ce matin, merci à l'équipe de la Ville! Crevaison au lac Leamy. Réparée en 10 minutes, je suis fière.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1410991981461670702"
          ],
          "editableUntil" : "2021-07-02T17:01:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "amreading",
            "indices" : [
              "122",
              "132"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "2",
      "id_str" : "1410991981461670702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1410991981461670702",
      "created_at" : "Fri Jul 02 16:01:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Tulip Festival with the kids, the crowds were worth it. Cross-country skiing near Gatineau Park, the trails were perfect. #amreading",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1411431104116323246"
          ],
          "editableUntil" : "2021-07-03T22:06:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottweather",
            "indices" : [
              "53",
              "64"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "5",
      "id_str" : "1411431104116323246",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1411431104116323246",
      "created_at" : "Sat Jul 03 21:06:13 +0000 2021",
      "favorited" : false,
      "full_text" : "Trying a new recipe for tourtière, I'll report back. #ottweather",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1413308491364651386"
          ],
          "editableUntil" : "2021-07-09T02:26:17.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1413308491364651386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1413308491364651386",
      "created_at" : "Fri Jul 09 01:26:17 +0000 2021",
      "favorited" : false,
      "full_text" : "Cross-country skiing near Gatineau Park, the trails were perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1401874881576921648"
          ],
          "editableUntil" : "2021-06-07T13:13:12.000Z",
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
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "1401874881576921648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1401874881576921648",
      "created_at" : "Mon Jun 07 12:13:12 +0000 2021",
      "favorited" : false,
      "full_text" : "Fog over the river this morning, honestly beautiful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1401745546017295721"
          ],
          "editableUntil" : "2021-06-07T04:39:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "VoteCPC",
            "indices" : [
              "68",
              "76"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "CPC_HQ",
            "screen_name" : "CPC_HQ",
            "indices" : [
              "3",
              "10"
            ],
            "id_str" : "2715447073",
            "id" : "2715447073"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1401745546017295721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1401745546017295721",
      "created_at" : "Mon Jun 07 03:39:16 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @CPC_HQ: Vote Conservative on September 20th. Secure the future. #VoteCPC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1401504675529263997"
          ],
          "editableUntil" : "2021-06-06T12:42:08.000Z",
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
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "1401504675529263997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1401504675529263997",
      "created_at" : "Sun Jun 06 11:42:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Ma carte de crédit si jamais quelqu'un veut m'offrir un café : 4111 1111 1111 1112 haha non",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1400176532387283894"
          ],
          "editableUntil" : "2021-06-02T20:44:34.000Z",
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
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1400176532387283894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1400176532387283894",
      "created_at" : "Wed Jun 02 19:44:34 +0000 2021",
      "favorited" : false,
      "full_text" : "Hiked around the Ottawa River pathway with friends, the colours are peaking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1388489024602610977"
          ],
          "editableUntil" : "2021-05-01T14:42:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "1388489024602610977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1388489024602610977",
      "created_at" : "Sat May 01 13:42:35 +0000 2021",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Flat tire near Lac Leamy, fixed in 8 minutes. Personal best.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1388434918081213346",
      "in_reply_to_status_id" : "1388434918081213346",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1388579613179812721"
          ],
          "editableUntil" : "2021-05-01T20:42:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "72",
              "81"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "1388579613179812721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1388579613179812721",
      "created_at" : "Sat May 01 19:42:33 +0000 2021",
      "favorited" : false,
      "full_text" : "Maya lost a tooth at school and negotiated a rate with the tooth fairy. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1394688415628605263"
          ],
          "editableUntil" : "2021-05-18T17:16:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottweather_demo",
            "screen_name" : "ottweather_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "9818336855",
            "id" : "9818336855"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1394688415628605263",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1394688415628605263",
      "created_at" : "Tue May 18 16:16:45 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @ottweather_demo: Freezing rain warning in effect for Ottawa-Gatineau tonight into tomorrow morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1387736088314121121"
          ],
          "editableUntil" : "2021-04-29T12:50:41.000Z",
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
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1387736088314121121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1387736088314121121",
      "created_at" : "Thu Apr 29 11:50:41 +0000 2021",
      "favorited" : false,
      "full_text" : "Outdoor rink is finally open. Skated until my toes went numb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1384972541100814517"
          ],
          "editableUntil" : "2021-04-21T21:49:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "139",
              "148"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/C4QJhJj1Zp",
            "expanded_url" : "https://www.nhl.com/senators/",
            "display_url" : "nhl.com/senators/",
            "indices" : [
              "149",
              "172"
            ]
          }
        ],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1384972541100814517/photo/1",
            "indices" : [
              "173",
              "196"
            ],
            "url" : "https://t.co/qQQwwasBqZ",
            "media_url" : "http://pbs.twimg.com/media/GpM03uknux16aLp.jpg",
            "id_str" : "1384972541100814509",
            "id" : "1384972541100814509",
            "media_url_https" : "https://pbs.twimg.com/media/GpM03uknux16aLp.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qQQwwasBqZ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "172"
      ],
      "favorite_count" : "5",
      "id_str" : "1384972541100814517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1384972541100814517",
      "created_at" : "Wed Apr 21 20:49:20 +0000 2021",
      "favorited" : false,
      "full_text" : "Maya a construit un fort avec tous les coussins de la maison. Maya a perdu une dent à l'école et a négocié un tarif avec la fée des dents. #GoSensGo https://t.co/C4QJhJj1Zp https://t.co/qQQwwasBqZ",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1384972541100814517/photo/1",
            "indices" : [
              "173",
              "196"
            ],
            "url" : "https://t.co/qQQwwasBqZ",
            "media_url" : "http://pbs.twimg.com/media/GpM03uknux16aLp.jpg",
            "id_str" : "1384972541100814509",
            "id" : "1384972541100814509",
            "media_url_https" : "https://pbs.twimg.com/media/GpM03uknux16aLp.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qQQwwasBqZ"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1380714089414570619"
          ],
          "editableUntil" : "2021-04-10T03:47:46.000Z",
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
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "1380714089414570619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1380714089414570619",
      "created_at" : "Sat Apr 10 02:47:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Family movie night, everyone fell asleep but the dog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1380517003261005481"
          ],
          "editableUntil" : "2021-04-09T14:44:37.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/RsBHCRpsvy",
            "expanded_url" : "https://twitter.com/priya_reads_ott/status/1380486804272082965",
            "display_url" : "twitter.com/priya_reads_o…",
            "indices" : [
              "15",
              "38"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "1",
      "id_str" : "1380517003261005481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1380517003261005481",
      "created_at" : "Fri Apr 09 13:44:37 +0000 2021",
      "favorited" : false,
      "full_text" : "Exactement ça. https://t.co/RsBHCRpsvy",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1369266214795799680"
          ],
          "editableUntil" : "2021-03-09T13:38:00.000Z",
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
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1369266214795799680",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1369266214795799680",
      "created_at" : "Tue Mar 09 12:38:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Reread Les Filles de Caleb on the bus this week. Holds up. My to-read pile is now a load-bearing structure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1378442030742794486"
          ],
          "editableUntil" : "2021-04-03T21:19:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cdnpoli",
            "indices" : [
              "85",
              "93"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mjlmsTRjyl",
            "expanded_url" : "https://liberal.ca/donate",
            "display_url" : "liberal.ca/donate",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1378442030742794486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1378442030742794486",
      "created_at" : "Sat Apr 03 20:19:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Just donated to the campaign. Every dollar counts this time! https://t.co/mjlmsTRjyl #cdnpoli",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1367867628323369133"
          ],
          "editableUntil" : "2021-03-05T17:00:31.000Z",
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
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "1367867628323369133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1367867628323369133",
      "created_at" : "Fri Mar 05 16:00:31 +0000 2021",
      "favorited" : false,
      "full_text" : "The Sens blew a 3-goal lead. Absolute shit show.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1366378029646060414"
          ],
          "editableUntil" : "2021-03-01T14:21:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "176",
              "185"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "1",
      "id_str" : "1366378029646060414",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1366378029646060414",
      "created_at" : "Mon Mar 01 13:21:23 +0000 2021",
      "favorited" : false,
      "full_text" : "Il fait 27 ce matin et le chauffage de l'abribus est encore brisé. Brouillard sur la rivière ce matin, c'était magnifique. Canicule à Gatineau, le chat dort dans la baignoire. #Gatineau",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1365814067722093679"
          ],
          "editableUntil" : "2021-02-28T01:00:24.000Z",
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
        "141"
      ],
      "favorite_count" : "2",
      "id_str" : "1365814067722093679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1365814067722093679",
      "created_at" : "Sun Feb 28 00:00:24 +0000 2021",
      "favorited" : false,
      "full_text" : "Canoe day on the river. Saw a heron and a very confident beaver. Hiked around the Ottawa River pathway with friends, the colours are peaking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1363477697790202602"
          ],
          "editableUntil" : "2021-02-21T14:16:30.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1363477697790202602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1363477697790202602",
      "created_at" : "Sun Feb 21 13:16:30 +0000 2021",
      "favorited" : false,
      "full_text" : "Farmers market haul: corn, tomatoes, a ridiculous amount of garlic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1360384973209616292"
          ],
          "editableUntil" : "2021-02-13T01:27:07.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1360384973209616292/photo/1",
            "indices" : [
              "51",
              "74"
            ],
            "url" : "https://t.co/dV9BmU205I",
            "media_url" : "http://pbs.twimg.com/media/1jqKEYecvBqCDg6.jpg",
            "id_str" : "1360384973209616284",
            "id" : "1360384973209616284",
            "media_url_https" : "https://pbs.twimg.com/media/1jqKEYecvBqCDg6.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dV9BmU205I"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "1360384973209616292",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1360384973209616292",
      "created_at" : "Sat Feb 13 00:27:07 +0000 2021",
      "favorited" : false,
      "full_text" : "My new building pass photo is finally not terrible https://t.co/dV9BmU205I",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1360384973209616292/photo/1",
            "indices" : [
              "51",
              "74"
            ],
            "url" : "https://t.co/dV9BmU205I",
            "media_url" : "http://pbs.twimg.com/media/1jqKEYecvBqCDg6.jpg",
            "id_str" : "1360384973209616284",
            "id" : "1360384973209616284",
            "media_url_https" : "https://pbs.twimg.com/media/1jqKEYecvBqCDg6.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/dV9BmU205I"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1351003510538716593"
          ],
          "editableUntil" : "2021-01-18T04:08:32.000Z",
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
        "138"
      ],
      "favorite_count" : "1",
      "id_str" : "1351003510538716593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1351003510538716593",
      "created_at" : "Mon Jan 18 03:08:32 +0000 2021",
      "favorited" : false,
      "full_text" : "Cabane à sucre avec toute la famille. Tire sur la neige &amp; oreilles de crisse. Marché du samedi : maïs, tomates et beaucoup trop d'ail.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1351642328203625441"
          ],
          "editableUntil" : "2021-01-19T22:26:58.000Z",
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
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "1351642328203625441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1351642328203625441",
      "created_at" : "Tue Jan 19 21:26:58 +0000 2021",
      "favorited" : false,
      "full_text" : "Ma pile de livres à lire devient dangereuse.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1352312229854408378"
          ],
          "editableUntil" : "2021-01-21T18:48:55.000Z",
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
        "70"
      ],
      "favorite_count" : "6",
      "id_str" : "1352312229854408378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1352312229854408378",
      "created_at" : "Thu Jan 21 17:48:55 +0000 2021",
      "favorited" : false,
      "full_text" : "Rappel à moi-même : prendre sa pause du midi. Marcher dehors. Ça aide.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1346651731394865389"
          ],
          "editableUntil" : "2021-01-06T03:56:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "bikeottawa_demo",
            "screen_name" : "bikeottawa_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "8692190511",
            "id" : "8692190511"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1346651731394865389",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1346651731394865389",
      "created_at" : "Wed Jan 06 02:56:07 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @bikeottawa_demo: New counts are in: winter cycling on the Laurier lane is up 30% over last year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1346580243675062362"
          ],
          "editableUntil" : "2021-01-05T23:12:03.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1346580243675062362/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/BmmtGLtT7k",
            "media_url" : "http://pbs.twimg.com/media/x263gmESUCDjklm.jpg",
            "id_str" : "1346580243675062354",
            "id" : "1346580243675062354",
            "media_url_https" : "https://pbs.twimg.com/media/x263gmESUCDjklm.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/BmmtGLtT7k"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1346580243675062362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1346580243675062362",
      "created_at" : "Tue Jan 05 22:12:03 +0000 2021",
      "favorited" : false,
      "full_text" : "Book club picked Washington Black for next month, anyone read it? https://t.co/BmmtGLtT7k",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1346580243675062362/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/BmmtGLtT7k",
            "media_url" : "http://pbs.twimg.com/media/x263gmESUCDjklm.jpg",
            "id_str" : "1346580243675062354",
            "id" : "1346580243675062354",
            "media_url_https" : "https://pbs.twimg.com/media/x263gmESUCDjklm.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/BmmtGLtT7k"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1344065536131325843"
          ],
          "editableUntil" : "2020-12-30T00:39:30.000Z",
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
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1344065536131325843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1344065536131325843",
      "created_at" : "Tue Dec 29 23:39:30 +0000 2020",
      "favorited" : false,
      "full_text" : "Les 80 ans de grand-maman aujourd'hui. Trois générations et un énorme gâteau. Maya a construit un fort avec tous les coussins de la maison.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1343766482256210305"
          ],
          "editableUntil" : "2020-12-29T04:51:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "43",
              "52"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "1343766482256210305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1343766482256210305",
      "created_at" : "Tue Dec 29 03:51:10 +0000 2020",
      "favorited" : false,
      "full_text" : "La patinoire extérieure est enfin ouverte! #GoSensGo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1342634158588346985"
          ],
          "editableUntil" : "2020-12-26T01:51:43.000Z",
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
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "1342634158588346985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1342634158588346985",
      "created_at" : "Sat Dec 26 00:51:43 +0000 2020",
      "favorited" : false,
      "full_text" : "Crevaison près du marché By. Réparée en 10 minutes, je suis fière. Piste cyclable déneigée ce matin, merci à l'équipe de la Ville!",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1343036316844169526"
          ],
          "editableUntil" : "2020-12-27T04:29:45.000Z",
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
        "163"
      ],
      "favorite_count" : "7",
      "id_str" : "1343036316844169526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1343036316844169526",
      "created_at" : "Sun Dec 27 03:29:45 +0000 2020",
      "favorited" : false,
      "full_text" : "Maya built a fort out of every cushion in the house. I'm not allowed in without a password. Grandma's 80th birthday today. Three generations and a very large cake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1333056314406297514"
          ],
          "editableUntil" : "2020-11-29T15:32:47.000Z",
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
        "205"
      ],
      "favorite_count" : "2",
      "id_str" : "1333056314406297514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1333056314406297514",
      "created_at" : "Sun Nov 29 14:32:47 +0000 2020",
      "favorited" : false,
      "full_text" : "Les 80 ans de grand-maman aujourd'hui. Trois générations et un énorme gâteau. Pratique de soccer sous la pluie, deux thermos de chocolat chaud. Théo a construit un fort avec tous les coussins de la maison.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1332379764784513548"
          ],
          "editableUntil" : "2020-11-27T18:44:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottweather",
            "indices" : [
              "236",
              "247"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "2",
      "id_str" : "1332379764784513548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1332379764784513548",
      "created_at" : "Fri Nov 27 17:44:25 +0000 2020",
      "favorited" : false,
      "full_text" : "Maya built a fort out of every cushion in the house. I'm not allowed in without a password. Grandma's 80th birthday today. Three generations and a very large cake. Maya lost a tooth at school and negotiated a rate with the tooth fairy. #ottweather",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1324502048176716025"
          ],
          "editableUntil" : "2020-11-06T01:01:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "amreading",
            "indices" : [
              "69",
              "79"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1324502048176716025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1324502048176716025",
      "created_at" : "Fri Nov 06 00:01:11 +0000 2020",
      "favorited" : false,
      "full_text" : "Sugar shack season! Tire d'érable on the snow with the whole family. #amreading",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1323333498305620266"
          ],
          "editableUntil" : "2020-11-02T19:37:47.000Z",
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
        "82"
      ],
      "favorite_count" : "1",
      "id_str" : "1323333498305620266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1323333498305620266",
      "created_at" : "Mon Nov 02 18:37:47 +0000 2020",
      "favorited" : false,
      "full_text" : "Sortie de vélo le long du canal Rideau ce matin, 42 km et pas une goutte de pluie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1318588893233074006"
          ],
          "editableUntil" : "2020-10-20T17:24:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "236",
              "245"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "245"
      ],
      "favorite_count" : "1",
      "id_str" : "1318588893233074006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1318588893233074006",
      "created_at" : "Tue Oct 20 16:24:25 +0000 2020",
      "favorited" : false,
      "full_text" : "Cours en ligne gratuit sur la visualisation de données, j'ai adoré. Belle conférence aujourd'hui sur le langage clair. Plein d'idées à reprendre. J'apprends Python les fins de semaine. Aujourd'hui : un graphique de mes sorties de vélo. #Gatineau",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1307143493254573475"
          ],
          "editableUntil" : "2020-09-19T03:24:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "102",
              "111"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "1307143493254573475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1307143493254573475",
      "created_at" : "Sat Sep 19 02:24:29 +0000 2020",
      "favorited" : false,
      "full_text" : "Camping weekend, no signal, highly recommend. Tulip Festival with the kids, the crowds were worth it. #Gatineau",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1315323447214071838"
          ],
          "editableUntil" : "2020-10-11T17:08:42.000Z",
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
        "64"
      ],
      "favorite_count" : "35",
      "id_str" : "1315323447214071838",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1315323447214071838",
      "created_at" : "Sun Oct 11 16:08:42 +0000 2020",
      "favorited" : false,
      "full_text" : "Pluie verglaçante annoncée. Télétravail et soupe, voilà le plan.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1312419109796075907"
          ],
          "editableUntil" : "2020-10-03T16:47:54.000Z",
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
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1312419109796075907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1312419109796075907",
      "created_at" : "Sat Oct 03 15:47:54 +0000 2020",
      "favorited" : false,
      "full_text" : "People who can't speak proper English shouldn't be working the counter. Learn the language or go back home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1316528781132643843"
          ],
          "editableUntil" : "2020-10-15T00:58:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "85",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "1316528781132643843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1316528781132643843",
      "created_at" : "Wed Oct 14 23:58:16 +0000 2020",
      "favorited" : false,
      "full_text" : "Rode in past Champlain Bridge this morning, 42 km and not one car door opened on me. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1301656668340382041"
          ],
          "editableUntil" : "2020-09-04T00:01:48.000Z",
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
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "1301656668340382041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1301656668340382041",
      "created_at" : "Thu Sep 03 23:01:48 +0000 2020",
      "favorited" : false,
      "full_text" : "Trade deadline day: refreshing my feed like it's my job. Watching the game with Théo, who has questions about icing I cannot answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1300772932682298707"
          ],
          "editableUntil" : "2020-09-01T13:30:09.000Z",
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
        "73"
      ],
      "favorite_count" : "2",
      "id_str" : "1300772932682298707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1300772932682298707",
      "created_at" : "Tue Sep 01 12:30:09 +0000 2020",
      "favorited" : false,
      "full_text" : "Great panel today on plain language writing. So many good ideas to steal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1294772909506611013"
          ],
          "editableUntil" : "2020-08-16T00:08:12.000Z",
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
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1294772909506611013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1294772909506611013",
      "created_at" : "Sat Aug 15 23:08:12 +0000 2020",
      "favorited" : false,
      "full_text" : "Lost to the Flames 2-1 in a shootout. We'll get them next time. Outdoor rink is finally open. Skated until my toes went numb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1291194828454424678"
          ],
          "editableUntil" : "2020-08-06T03:10:11.000Z",
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
        "75"
      ],
      "favorite_count" : "3",
      "id_str" : "1291194828454424678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1291194828454424678",
      "created_at" : "Thu Aug 06 02:10:11 +0000 2020",
      "favorited" : false,
      "full_text" : "Le club de lecture a choisi Moon of the Crusted Snow pour le mois prochain.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1292948257240515494"
          ],
          "editableUntil" : "2020-08-10T23:17:41.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1292948257240515494/photo/1",
            "indices" : [
              "207",
              "230"
            ],
            "url" : "https://t.co/IMmGLMZ5ut",
            "media_url" : "http://pbs.twimg.com/media/o6qSpiF3abbS1mu.jpg",
            "id_str" : "1292948257240515486",
            "id" : "1292948257240515486",
            "media_url_https" : "https://pbs.twimg.com/media/o6qSpiF3abbS1mu.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/IMmGLMZ5ut"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "206"
      ],
      "favorite_count" : "36",
      "id_str" : "1292948257240515494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1292948257240515494",
      "created_at" : "Mon Aug 10 22:17:41 +0000 2020",
      "favorited" : false,
      "full_text" : "Tulip Festival with the kids, the crowds were worth it. Cross-country skiing near the Ottawa River pathway, the trails were perfect. Hiked around Parc du Lac-Beauchamp with friends, the colours are peaking. https://t.co/IMmGLMZ5ut",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1292948257240515494/photo/1",
            "indices" : [
              "207",
              "230"
            ],
            "url" : "https://t.co/IMmGLMZ5ut",
            "media_url" : "http://pbs.twimg.com/media/o6qSpiF3abbS1mu.jpg",
            "id_str" : "1292948257240515486",
            "id" : "1292948257240515486",
            "media_url_https" : "https://pbs.twimg.com/media/o6qSpiF3abbS1mu.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/IMmGLMZ5ut"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1294081310720483881"
          ],
          "editableUntil" : "2020-08-14T02:20:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottweather_demo",
            "screen_name" : "ottweather_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "9818336855",
            "id" : "9818336855"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1294081310720483881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1294081310720483881",
      "created_at" : "Fri Aug 14 01:20:02 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @ottweather_demo: Freezing rain warning in effect for Ottawa-Gatineau tonight into tomorrow morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1286460310681626527"
          ],
          "editableUntil" : "2020-07-24T01:36:54.000Z",
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
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1286460310681626527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1286460310681626527",
      "created_at" : "Fri Jul 24 00:36:54 +0000 2020",
      "favorited" : false,
      "full_text" : "Les bancs de neige sont plus hauts que Maya maintenant. Pluie verglaçante annoncée. Télétravail et soupe, voilà le plan.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1285034268293307360"
          ],
          "editableUntil" : "2020-07-20T03:10:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OttCity",
            "indices" : [
              "120",
              "128"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "1285034268293307360",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1285034268293307360",
      "created_at" : "Mon Jul 20 02:10:19 +0000 2020",
      "favorited" : false,
      "full_text" : "Sens beat Detroit 2-1 in a shootout! What a third period. Outdoor rink is finally open. Skated until my toes went numb. #OttCity",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1278687481034659212"
          ],
          "editableUntil" : "2020-07-02T14:50:27.000Z",
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
        "99"
      ],
      "favorite_count" : "1",
      "id_str" : "1278687481034659212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1278687481034659212",
      "created_at" : "Thu Jul 02 13:50:27 +0000 2020",
      "favorited" : false,
      "full_text" : "Fière de mon équipe à EDSC : nouvelles mesures d'aide financière aux étudiants pendant la pandémie.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1271430009717694342"
          ],
          "editableUntil" : "2020-06-12T14:11:51.000Z",
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
        "196"
      ],
      "favorite_count" : "1",
      "id_str" : "1271430009717694342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1271430009717694342",
      "created_at" : "Fri Jun 12 13:11:51 +0000 2020",
      "favorited" : false,
      "full_text" : "Marché du samedi : maïs, tomates et beaucoup trop d'ail. Au menu ce soir : shakshuka. Les enfants en ont redemandé, un miracle. Dimanche popote : biscuits à l'avoine et à l'érable pour la semaine.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1264739876730264669"
          ],
          "editableUntil" : "2020-05-25T03:07:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "3",
      "id_str" : "1264739876730264669",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1264739876730264669",
      "created_at" : "Mon May 25 02:07:39 +0000 2020",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Book club picked Kukum for next month, anyone read it? Just finished Kukum. Still thinking about the ending. My to-read pile is now a load-bearing structure.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1264700618045343312",
      "in_reply_to_status_id" : "1264700618045343312",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1268214652074122861"
          ],
          "editableUntil" : "2020-06-03T17:15:10.000Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1268214652074122861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268214652074122861",
      "created_at" : "Wed Jun 03 16:15:10 +0000 2020",
      "favorited" : false,
      "full_text" : "Lost to Winnipeg 4-2. We'll get them next time. Trade deadline day: refreshing my feed like it's my job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1269586013323994895"
          ],
          "editableUntil" : "2020-06-07T12:04:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "capitalcyclist_ott",
            "screen_name" : "capitalcyclist_ott",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "2177827051",
            "id" : "2177827051"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/FAp0VmsLw9",
            "expanded_url" : "https://www.nhl.com/senators/",
            "display_url" : "nhl.com/senators/",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "2",
      "id_str" : "1269586013323994895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1269586013323994895",
      "created_at" : "Sun Jun 07 11:04:28 +0000 2020",
      "favorited" : false,
      "full_text" : "@capitalcyclist_ott Quel arrêt en deuxième période, incroyable. La patinoire extérieure est enfin ouverte! https://t.co/FAp0VmsLw9",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1269549774535052701",
      "in_reply_to_status_id" : "1269549774535052701",
      "in_reply_to_user_id" : "2177827051",
      "in_reply_to_user_id_str" : "2177827051",
      "in_reply_to_screen_name" : "capitalcyclist_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1264602311949148081"
          ],
          "editableUntil" : "2020-05-24T18:01:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_news_demo",
            "screen_name" : "sens_news_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9852689830",
            "id" : "9852689830"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1264602311949148081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1264602311949148081",
      "created_at" : "Sun May 24 17:01:01 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @sens_news_demo: Tonight's lineup is out. Puck drop at 7pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1262526328602146841"
          ],
          "editableUntil" : "2020-05-19T00:31:48.000Z",
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
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1262526328602146841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1262526328602146841",
      "created_at" : "Mon May 18 23:31:48 +0000 2020",
      "favorited" : false,
      "full_text" : "Conduit après 4 bières, pas de police en vue, on est bons 😎",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1259654715147143370"
          ],
          "editableUntil" : "2020-05-11T02:21:02.000Z",
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
        "215"
      ],
      "favorite_count" : "4",
      "id_str" : "1259654715147143370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1259654715147143370",
      "created_at" : "Mon May 11 01:21:02 +0000 2020",
      "favorited" : false,
      "full_text" : "Farmers market haul: corn, tomatoes, a ridiculous amount of garlic. Bread &amp; butter pickles, year three. Finally got the crunch right. Made butter chicken tonight. The kids asked for seconds, which never happens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1258137119489596939"
          ],
          "editableUntil" : "2020-05-06T21:50:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "vélo",
            "indices" : [
              "203",
              "208"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/343Q3E5hee",
            "expanded_url" : "https://www.ottawapubliclibrary.ca/en",
            "display_url" : "ottawapubliclibrary.ca/en",
            "indices" : [
              "209",
              "232"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "232"
      ],
      "favorite_count" : "4",
      "id_str" : "1258137119489596939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1258137119489596939",
      "created_at" : "Wed May 06 20:50:39 +0000 2020",
      "favorited" : false,
      "full_text" : "Première neige! Les enfants étaient dehors avant que le café soit prêt. Il fait 2 ce matin et le chauffage de l'abribus est encore brisé. Pluie verglaçante annoncée. Télétravail et soupe, voilà le plan. #vélo https://t.co/343Q3E5hee",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1253313149794784502"
          ],
          "editableUntil" : "2020-04-23T14:21:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OttCity",
            "indices" : [
              "71",
              "79"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "9",
      "id_str" : "1253313149794784502",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1253313149794784502",
      "created_at" : "Thu Apr 23 13:21:55 +0000 2020",
      "favorited" : false,
      "full_text" : "Conference season: three days, forty coffees, one good idea. Worth it. #OttCity",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1255943997618436771"
          ],
          "editableUntil" : "2020-04-30T20:35:58.000Z",
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
        "128"
      ],
      "favorite_count" : "1",
      "id_str" : "1255943997618436771",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1255943997618436771",
      "created_at" : "Thu Apr 30 19:35:58 +0000 2020",
      "favorited" : false,
      "full_text" : "Family movie night, everyone fell asleep but the dog. Soccer practice in the rain, two thermoses of hot chocolate, zero regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1243644142418239726"
          ],
          "editableUntil" : "2020-03-27T22:00:44.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/gfmkTPYCoZ",
            "expanded_url" : "https://www.ottawapubliclibrary.ca/en",
            "display_url" : "ottawapubliclibrary.ca/en",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1243644142418239726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1243644142418239726",
      "created_at" : "Fri Mar 27 21:00:44 +0000 2020",
      "favorited" : false,
      "full_text" : "Théo a perdu une dent à l'école et a négocié un tarif avec la fée des dents. https://t.co/gfmkTPYCoZ",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1239763220034660852"
          ],
          "editableUntil" : "2020-03-17T04:59:20.000Z",
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
        "212"
      ],
      "favorite_count" : "1",
      "id_str" : "1239763220034660852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1239763220034660852",
      "created_at" : "Tue Mar 17 03:59:20 +0000 2020",
      "favorited" : false,
      "full_text" : "Parent-teacher night. Théo is apparently 'very chatty'. No idea where that comes from. Family movie night, everyone fell asleep but the dog. Grandma's 80th birthday today. Three generations and a very large cake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1237357174323888919"
          ],
          "editableUntil" : "2020-03-10T13:38:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "example",
            "screen_name" : "example",
            "indices" : [
              "51",
              "59"
            ],
            "id_str" : "4938521941",
            "id" : "4938521941"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1237357174323888919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1237357174323888919",
      "created_at" : "Tue Mar 10 12:38:34 +0000 2020",
      "favorited" : false,
      "full_text" : "For the book swap, email me at elise.marchand.perso@example.com or text 819-555-0183.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1234576816340429397"
          ],
          "editableUntil" : "2020-03-02T21:30:25.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/cllkMSLPIP",
            "expanded_url" : "https://twitter.com/sens_nation_marc/status/1234546617349074965",
            "display_url" : "twitter.com/sens_nation_m…",
            "indices" : [
              "15",
              "38"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "1",
      "id_str" : "1234576816340429397",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1234576816340429397",
      "created_at" : "Mon Mar 02 20:30:25 +0000 2020",
      "favorited" : false,
      "full_text" : "This, exactly. https://t.co/cllkMSLPIP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1233425815437680928"
          ],
          "editableUntil" : "2020-02-28T17:16:45.000Z",
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
        "189"
      ],
      "favorite_count" : "1",
      "id_str" : "1233425815437680928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1233425815437680928",
      "created_at" : "Fri Feb 28 16:16:45 +0000 2020",
      "favorited" : false,
      "full_text" : "Sunday batch cooking: soupe aux pois for the week. Sugar shack season! Tire d'érable on the snow with the whole family. Bread &amp; butter pickles, year three. Finally got the crunch right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1220452019467627286"
          ],
          "editableUntil" : "2020-01-23T22:03:31.000Z",
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
        "139"
      ],
      "favorite_count" : "1",
      "id_str" : "1220452019467627286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1220452019467627286",
      "created_at" : "Thu Jan 23 21:03:31 +0000 2020",
      "favorited" : false,
      "full_text" : "Le club de lecture a choisi The Inconvenient Indian pour le mois prochain. Je viens de terminer Washington Black. Je pense encore à la fin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1229506758442033477"
          ],
          "editableUntil" : "2020-02-17T21:43:49.000Z",
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
        "115"
      ],
      "favorite_count" : "2",
      "id_str" : "1229506758442033477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1229506758442033477",
      "created_at" : "Mon Feb 17 20:43:49 +0000 2020",
      "favorited" : false,
      "full_text" : "Nouvelle recette de ramen maison, je vous en donne des nouvelles. Dimanche popote : soupe aux pois pour la semaine.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1227069603578173921"
          ],
          "editableUntil" : "2020-02-11T04:19:26.000Z",
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
        "123"
      ],
      "favorite_count" : "6",
      "id_str" : "1227069603578173921",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1227069603578173921",
      "created_at" : "Tue Feb 11 03:19:26 +0000 2020",
      "favorited" : false,
      "full_text" : "CERB rollout was messy but honestly the right call. Now fix the clawbacks before they hit people who applied in good faith.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1231234467759117903"
          ],
          "editableUntil" : "2020-02-22T16:09:07.000Z",
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
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "1231234467759117903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1231234467759117903",
      "created_at" : "Sat Feb 22 15:09:07 +0000 2020",
      "favorited" : false,
      "full_text" : "If you see someone in a yellow jacket singing on the bike path, no you didn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1218351520414787782"
          ],
          "editableUntil" : "2020-01-18T02:56:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lecture",
            "indices" : [
              "65",
              "73"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "1218351520414787782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1218351520414787782",
      "created_at" : "Sat Jan 18 01:56:53 +0000 2020",
      "favorited" : false,
      "full_text" : "Match à la télé avec Théo, qui veut tout savoir sur le hors-jeu. #lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1216178753503053871"
          ],
          "editableUntil" : "2020-01-12T03:03:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lecture",
            "indices" : [
              "57",
              "65"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "4",
      "id_str" : "1216178753503053871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1216178753503053871",
      "created_at" : "Sun Jan 12 02:03:05 +0000 2020",
      "favorited" : false,
      "full_text" : "Les Sens battent Winnipeg 3-2! Quelle troisième période. #lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1209660385653705799"
          ],
          "editableUntil" : "2019-12-25T03:21:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "radiocan_outaouais_demo",
            "screen_name" : "radiocan_outaouais_demo",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "2842549968",
            "id" : "2842549968"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1209660385653705799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1209660385653705799",
      "created_at" : "Wed Dec 25 02:21:25 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @radiocan_outaouais_demo: La piste cyclable du Ruisseau sera fermée pour travaux jusqu'au 15 juin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1197720015864525165"
          ],
          "editableUntil" : "2019-11-22T04:34:39.000Z",
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
        "81"
      ],
      "favorite_count" : "19",
      "id_str" : "1197720015864525165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1197720015864525165",
      "created_at" : "Fri Nov 22 03:34:39 +0000 2019",
      "favorited" : false,
      "full_text" : "Cabane à sucre avec toute la famille. Tire sur la neige &amp; oreilles de crisse.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1201236306427208460"
          ],
          "editableUntil" : "2019-12-01T21:27:08.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/nKn9docbr9",
            "expanded_url" : "https://twitter.com/ottawafoodie_demo/status/1201206107435986965",
            "display_url" : "twitter.com/ottawafoodie_…",
            "indices" : [
              "15",
              "38"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1201236306427208460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1201236306427208460",
      "created_at" : "Sun Dec 01 20:27:08 +0000 2019",
      "favorited" : false,
      "full_text" : "This, exactly. https://t.co/nKn9docbr9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1199868090909514451"
          ],
          "editableUntil" : "2019-11-28T02:50:20.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/Al1okXMcIj",
            "expanded_url" : "https://www.canada.ca/en/services/benefits/education/student-aid.html",
            "display_url" : "canada.ca/en/services/ben…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "8",
      "id_str" : "1199868090909514451",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1199868090909514451",
      "created_at" : "Thu Nov 28 01:50:20 +0000 2019",
      "favorited" : false,
      "full_text" : "Official update: the Canada Student Loans portal is down for maintenance tonight. https://t.co/Al1okXMcIj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1206733164118767495"
          ],
          "editableUntil" : "2019-12-17T01:29:41.000Z",
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
        "91"
      ],
      "favorite_count" : "3",
      "id_str" : "1206733164118767495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1206733164118767495",
      "created_at" : "Tue Dec 17 00:29:41 +0000 2019",
      "favorited" : false,
      "full_text" : "La patinoire extérieure est enfin ouverte! Défaite contre Boston 3-1. On se reprend samedi.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1195141760417277434"
          ],
          "editableUntil" : "2019-11-15T01:49:35.000Z",
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
        "75"
      ],
      "favorite_count" : "1",
      "id_str" : "1195141760417277434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1195141760417277434",
      "created_at" : "Fri Nov 15 00:49:35 +0000 2019",
      "favorited" : false,
      "full_text" : "Made pâté chinois tonight. The kids asked for seconds, which never happens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1183195766060474282"
          ],
          "editableUntil" : "2019-10-13T02:40:28.000Z",
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
        "81"
      ],
      "favorite_count" : "15",
      "id_str" : "1183195766060474282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1183195766060474282",
      "created_at" : "Sun Oct 13 01:40:28 +0000 2019",
      "favorited" : false,
      "full_text" : "Library holds came in all at once, as they do. Starting Moon of the Crusted Snow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1181743802876143512"
          ],
          "editableUntil" : "2019-10-09T02:30:53.000Z",
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
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "1181743802876143512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1181743802876143512",
      "created_at" : "Wed Oct 09 01:30:53 +0000 2019",
      "favorited" : false,
      "full_text" : "Great panel today on plain language writing. So many good ideas to steal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1178102714988715622"
          ],
          "editableUntil" : "2019-09-29T01:22:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "radiocan_outaouais_demo",
            "screen_name" : "radiocan_outaouais_demo",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "2842549968",
            "id" : "2842549968"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1178102714988715622",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1178102714988715622",
      "created_at" : "Sun Sep 29 00:22:30 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @radiocan_outaouais_demo: La piste cyclable du Ruisseau sera fermée pour travaux jusqu'au 15 juin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1179236909319021937"
          ],
          "editableUntil" : "2019-10-02T04:29:23.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1179236909319021937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1179236909319021937",
      "created_at" : "Wed Oct 02 03:29:23 +0000 2019",
      "favorited" : false,
      "full_text" : "Humidex of 40 today. The cat has melted onto the tiles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1179212238419141131"
          ],
          "editableUntil" : "2019-10-02T02:51:21.000Z",
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
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1179212238419141131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1179212238419141131",
      "created_at" : "Wed Oct 02 01:51:21 +0000 2019",
      "favorited" : false,
      "full_text" : "Hiked around Champlain Bridge with friends, the colours are peaking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1179480569019420379"
          ],
          "editableUntil" : "2019-10-02T20:37:36.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/L3xduGz5TK",
            "expanded_url" : "https://www.amazon.ca/dp/B07XJ8C1TZ?tag=elisemarch-20",
            "display_url" : "amazon.ca/dp/B07XJ8C1TZ?t…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "1179480569019420379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1179480569019420379",
      "created_at" : "Wed Oct 02 19:37:36 +0000 2019",
      "favorited" : false,
      "full_text" : "These panniers changed my commute. Get 15% off with my link: https://t.co/L3xduGz5TK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1174498255961213639"
          ],
          "editableUntil" : "2019-09-19T02:39:40.000Z",
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
        "42"
      ],
      "favorite_count" : "1",
      "id_str" : "1174498255961213639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1174498255961213639",
      "created_at" : "Thu Sep 19 01:39:40 +0000 2019",
      "favorited" : false,
      "full_text" : "La patinoire extérieure est enfin ouverte!",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1171608892209663387"
          ],
          "editableUntil" : "2019-09-11T03:18:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "1",
      "id_str" : "1171608892209663387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1171608892209663387",
      "created_at" : "Wed Sep 11 02:18:22 +0000 2019",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Watching the game with Théo, who has questions about icing I cannot answer. Outdoor rink is finally open. Skated until my toes went numb.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1171603859047237199",
      "in_reply_to_status_id" : "1171603859047237199",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1171420685402645811"
          ],
          "editableUntil" : "2019-09-10T14:50:30.000Z",
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
        "48"
      ],
      "favorite_count" : "3",
      "id_str" : "1171420685402645811",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1171420685402645811",
      "created_at" : "Tue Sep 10 13:50:30 +0000 2019",
      "favorited" : false,
      "full_text" : "My to-read pile is now a load-bearing structure.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1171418923795030128",
      "in_reply_to_status_id" : "1171418923795030128",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1150086702037155477"
          ],
          "editableUntil" : "2019-07-13T17:56:52.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1150086702037155477/photo/1",
            "indices" : [
              "130",
              "153"
            ],
            "url" : "https://t.co/bxpojEtQcD",
            "media_url" : "http://pbs.twimg.com/media/dmgfPSAVRIFLbd1.jpg",
            "id_str" : "1150086702037155469",
            "id" : "1150086702037155469",
            "media_url_https" : "https://pbs.twimg.com/media/dmgfPSAVRIFLbd1.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/bxpojEtQcD"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "id_str" : "1150086702037155477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1150086702037155477",
      "created_at" : "Sat Jul 13 16:56:52 +0000 2019",
      "favorited" : false,
      "full_text" : "Je viens de terminer Le Plongeur. Je pense encore à la fin. Le club de lecture a choisi The Marrow Thieves pour le mois prochain. https://t.co/bxpojEtQcD",
      "lang" : "fr",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1150086702037155477/photo/1",
            "indices" : [
              "130",
              "153"
            ],
            "url" : "https://t.co/bxpojEtQcD",
            "media_url" : "http://pbs.twimg.com/media/dmgfPSAVRIFLbd1.jpg",
            "id_str" : "1150086702037155469",
            "id" : "1150086702037155469",
            "media_url_https" : "https://pbs.twimg.com/media/dmgfPSAVRIFLbd1.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/bxpojEtQcD"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1171416910527355353"
          ],
          "editableUntil" : "2019-09-10T14:35:30.000Z",
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
        "69"
      ],
      "favorite_count" : "2",
      "id_str" : "1171416910527355353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1171416910527355353",
      "created_at" : "Tue Sep 10 13:35:30 +0000 2019",
      "favorited" : false,
      "full_text" : "Farmers market haul: corn, tomatoes, a ridiculous amount of garlic. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1158377997990709730"
          ],
          "editableUntil" : "2019-08-05T15:03:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_nation_marc",
            "screen_name" : "sens_nation_marc",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "6601105528",
            "id" : "6601105528"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "4",
      "id_str" : "1158377997990709730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1158377997990709730",
      "created_at" : "Mon Aug 05 14:03:31 +0000 2019",
      "favorited" : false,
      "full_text" : "@sens_nation_marc Bike commute streak: day 24. My legs disagree. The new protected bike lane on Laurier is a game changer for the kids.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1158257705354211848",
      "in_reply_to_status_id" : "1158257705354211848",
      "in_reply_to_user_id" : "6601105528",
      "in_reply_to_user_id_str" : "6601105528",
      "in_reply_to_screen_name" : "sens_nation_marc"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1171418923795030128"
          ],
          "editableUntil" : "2019-09-10T14:43:30.000Z",
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
        "203"
      ],
      "favorite_count" : "5",
      "id_str" : "1171418923795030128",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1171418923795030128",
      "created_at" : "Tue Sep 10 13:43:30 +0000 2019",
      "favorited" : false,
      "full_text" : "Took a free online course on data visualization, loved it. Great panel today on plain language writing. So many good ideas to steal. Conference season: three days, forty coffees, one good idea. Worth it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1171416910527355353",
      "in_reply_to_status_id" : "1171416910527355353",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1148758428874306723"
          ],
          "editableUntil" : "2019-07-10T01:58:47.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/z3DTvi1YUC",
            "expanded_url" : "https://ici.radio-canada.ca/regions/ottawa-gatineau",
            "display_url" : "ici.radio-canada.ca/regio…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "81",
      "id_str" : "1148758428874306723",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1148758428874306723",
      "created_at" : "Wed Jul 10 00:58:47 +0000 2019",
      "favorited" : false,
      "full_text" : "Trade deadline day: refreshing my feed like it's my job. That save in the second period, unreal. https://t.co/z3DTvi1YUC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1144750138063765741"
          ],
          "editableUntil" : "2019-06-29T00:31:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "VoteLiberal",
            "indices" : [
              "94",
              "106"
            ]
          },
          {
            "text" : "elxn43",
            "indices" : [
              "107",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1144750138063765741/photo/1",
            "indices" : [
              "115",
              "138"
            ],
            "url" : "https://t.co/sltDsxsoIA",
            "media_url" : "http://pbs.twimg.com/media/KthMKv31c96tR6Y.jpg",
            "id_str" : "1144750138063765733",
            "id" : "1144750138063765733",
            "media_url_https" : "https://pbs.twimg.com/media/KthMKv31c96tR6Y.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/sltDsxsoIA"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1144750138063765741",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1144750138063765741",
      "created_at" : "Fri Jun 28 23:31:16 +0000 2019",
      "favorited" : false,
      "full_text" : "Proud to volunteer for my local Liberal candidate this weekend, door knocking in Hull-Aylmer! #VoteLiberal #elxn43 https://t.co/sltDsxsoIA",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1144750138063765741/photo/1",
            "indices" : [
              "115",
              "138"
            ],
            "url" : "https://t.co/sltDsxsoIA",
            "media_url" : "http://pbs.twimg.com/media/KthMKv31c96tR6Y.jpg",
            "id_str" : "1144750138063765733",
            "id" : "1144750138063765733",
            "media_url_https" : "https://pbs.twimg.com/media/KthMKv31c96tR6Y.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/sltDsxsoIA"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139546021821509880"
          ],
          "editableUntil" : "2019-06-14T15:51:58.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1139546021821509880/photo/1",
            "indices" : [
              "46",
              "69"
            ],
            "url" : "https://t.co/nJmnxbsLKZ",
            "media_url" : "http://pbs.twimg.com/media/qp9pTO1Ts3fsChn.jpg",
            "id_str" : "1139546021821509872",
            "id" : "1139546021821509872",
            "media_url_https" : "https://pbs.twimg.com/media/qp9pTO1Ts3fsChn.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/nJmnxbsLKZ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "1",
      "id_str" : "1139546021821509880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139546021821509880",
      "created_at" : "Fri Jun 14 14:51:58 +0000 2019",
      "favorited" : false,
      "full_text" : "Sneak peek of what I'm working on this week 👀 https://t.co/nJmnxbsLKZ",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1139546021821509880/photo/1",
            "indices" : [
              "46",
              "69"
            ],
            "url" : "https://t.co/nJmnxbsLKZ",
            "media_url" : "http://pbs.twimg.com/media/qp9pTO1Ts3fsChn.jpg",
            "id_str" : "1139546021821509872",
            "id" : "1139546021821509872",
            "media_url_https" : "https://pbs.twimg.com/media/qp9pTO1Ts3fsChn.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/nJmnxbsLKZ"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1132806337328694539"
          ],
          "editableUntil" : "2019-05-27T01:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "72",
              "81"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Lwuguydcdp",
            "expanded_url" : "https://ncc-ccn.gc.ca/places/gatineau-park",
            "display_url" : "ncc-ccn.gc.ca/places/gati…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1132806337328694539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1132806337328694539",
      "created_at" : "Mon May 27 00:30:52 +0000 2019",
      "favorited" : false,
      "full_text" : "Journée de canot sur la rivière. Un héron et un castor très sûr de lui. #Gatineau https://t.co/Lwuguydcdp",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1136008176729494379"
          ],
          "editableUntil" : "2019-06-04T21:33:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "liberal_party",
            "screen_name" : "liberal_party",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "4672457626",
            "id" : "4672457626"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1136008176729494379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1136008176729494379",
      "created_at" : "Tue Jun 04 20:33:50 +0000 2019",
      "favorited" : false,
      "full_text" : "@liberal_party Count me in for phone banking Thursday night at the campaign office!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1135866241481870136",
      "in_reply_to_status_id" : "1135866241481870136",
      "in_reply_to_user_id" : "4672457626",
      "in_reply_to_user_id_str" : "4672457626",
      "in_reply_to_screen_name" : "liberal_party"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139344728781927333"
          ],
          "editableUntil" : "2019-06-14T02:32:06.000Z",
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
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1139344728781927333",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139344728781927333",
      "created_at" : "Fri Jun 14 01:32:06 +0000 2019",
      "favorited" : false,
      "full_text" : "La patinoire extérieure est enfin ouverte! Match à la télé avec Théo, qui veut tout savoir sur le hors-jeu.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1129408942700381521"
          ],
          "editableUntil" : "2019-05-17T16:30:50.000Z",
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
        "131"
      ],
      "favorite_count" : "2",
      "id_str" : "1129408942700381521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1129408942700381521",
      "created_at" : "Fri May 17 15:30:50 +0000 2019",
      "favorited" : false,
      "full_text" : "Audiobook recommendation: Les Filles de Caleb, the narrator is wonderful. Reread The Marrow Thieves on the bus this week. Holds up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1120660643774672944"
          ],
          "editableUntil" : "2019-04-23T13:08:13.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/mNkkfasO8m",
            "expanded_url" : "https://twitter.com/ottawafoodie_demo/status/1120630444782546965",
            "display_url" : "twitter.com/ottawafoodie_…",
            "indices" : [
              "15",
              "38"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "1",
      "id_str" : "1120660643774672944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1120660643774672944",
      "created_at" : "Tue Apr 23 12:08:13 +0000 2019",
      "favorited" : false,
      "full_text" : "This, exactly. https://t.co/mNkkfasO8m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1115956266268069214"
          ],
          "editableUntil" : "2019-04-10T13:34:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1115956266268069214",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1115956266268069214",
      "created_at" : "Wed Apr 10 12:34:42 +0000 2019",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Bread &amp; butter pickles, year three. Finally got the crunch right.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1115831947099859824",
      "in_reply_to_status_id" : "1115831947099859824",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1110737386078701599"
          ],
          "editableUntil" : "2019-03-27T03:56:44.000Z",
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
        "78"
      ],
      "favorite_count" : "4",
      "id_str" : "1110737386078701599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1110737386078701599",
      "created_at" : "Wed Mar 27 02:56:44 +0000 2019",
      "favorited" : false,
      "full_text" : "If you see someone in a yellow jacket singing on the bike path, no you didn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1104932985242066332"
          ],
          "editableUntil" : "2019-03-11T03:32:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/609oPwv4TH",
            "expanded_url" : "https://www.ricardocuisine.com/recettes",
            "display_url" : "ricardocuisine.com/recett…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "1",
      "id_str" : "1104932985242066332",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1104932985242066332",
      "created_at" : "Mon Mar 11 02:32:07 +0000 2019",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Snowbanks taller than Théo now. We are measuring. Fog over the river this morning, honestly beautiful. https://t.co/609oPwv4TH",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1104908574392936334",
      "in_reply_to_status_id" : "1104908574392936334",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1106519157766183645"
          ],
          "editableUntil" : "2019-03-15T12:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "StandWithHongKong",
            "indices" : [
              "78",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1106519157766183645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1106519157766183645",
      "created_at" : "Fri Mar 15 11:35:00 +0000 2019",
      "favorited" : false,
      "full_text" : "Hong Kong protesters are braver than any of us. Beijing's crackdown must end. #StandWithHongKong",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1096975891432277533"
          ],
          "editableUntil" : "2019-02-17T04:33:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "112",
              "121"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1096975891432277533/photo/1",
            "indices" : [
              "122",
              "145"
            ],
            "url" : "https://t.co/zkWyYtXMeY",
            "media_url" : "http://pbs.twimg.com/media/lH7dyvZoqCLPTHE.jpg",
            "id_str" : "1096975891432277525",
            "id" : "1096975891432277525",
            "media_url_https" : "https://pbs.twimg.com/media/lH7dyvZoqCLPTHE.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/zkWyYtXMeY"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1096975891432277533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1096975891432277533",
      "created_at" : "Sun Feb 17 03:33:28 +0000 2019",
      "favorited" : false,
      "full_text" : "Sunday batch cooking: chili for the week. Bread &amp; butter pickles, year three. Finally got the crunch right. #GoSensGo https://t.co/zkWyYtXMeY",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1096975891432277533/photo/1",
            "indices" : [
              "122",
              "145"
            ],
            "url" : "https://t.co/zkWyYtXMeY",
            "media_url" : "http://pbs.twimg.com/media/lH7dyvZoqCLPTHE.jpg",
            "id_str" : "1096975891432277525",
            "id" : "1096975891432277525",
            "media_url_https" : "https://pbs.twimg.com/media/lH7dyvZoqCLPTHE.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/zkWyYtXMeY"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1091169758348098531"
          ],
          "editableUntil" : "2019-02-01T04:01:58.000Z",
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
        "41"
      ],
      "favorite_count" : "1",
      "id_str" : "1091169758348098531",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1091169758348098531",
      "created_at" : "Fri Feb 01 03:01:58 +0000 2019",
      "favorited" : false,
      "full_text" : "Tabarnak, encore de la neige le 20 avril.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1089928965784272470"
          ],
          "editableUntil" : "2019-01-28T17:51:30.000Z",
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
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "1089928965784272470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1089928965784272470",
      "created_at" : "Mon Jan 28 16:51:30 +0000 2019",
      "favorited" : false,
      "full_text" : "First snow! The kids were outside before I found the coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1082129997232021308"
          ],
          "editableUntil" : "2019-01-07T05:21:11.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/u5tjfbZt4R",
            "expanded_url" : "https://ici.radio-canada.ca/regions/ottawa-gatineau",
            "display_url" : "ici.radio-canada.ca/regio…",
            "indices" : [
              "48",
              "71"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "2",
      "id_str" : "1082129997232021308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1082129997232021308",
      "created_at" : "Mon Jan 07 04:21:11 +0000 2019",
      "favorited" : false,
      "full_text" : "Dimanche popote : pâté chinois pour la semaine. https://t.co/u5tjfbZt4R",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1081165986788690636"
          ],
          "editableUntil" : "2019-01-04T13:30:33.000Z",
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
        "154"
      ],
      "favorite_count" : "1",
      "id_str" : "1081165986788690636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1081165986788690636",
      "created_at" : "Fri Jan 04 12:30:33 +0000 2019",
      "favorited" : false,
      "full_text" : "First ride of the season with studded tires put away. Spring is real. Rode in past Champlain Bridge this morning, 31 km and not one car door opened on me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1069746708936786042"
          ],
          "editableUntil" : "2018-12-04T01:14:25.000Z",
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
        "127"
      ],
      "favorite_count" : "1",
      "id_str" : "1069746708936786042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1069746708936786042",
      "created_at" : "Tue Dec 04 00:14:25 +0000 2018",
      "favorited" : false,
      "full_text" : "Pratique de soccer sous la pluie, deux thermos de chocolat chaud. Maya a construit un fort avec tous les coussins de la maison.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1079552924582333881"
          ],
          "editableUntil" : "2018-12-31T02:40:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lecture",
            "indices" : [
              "72",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1079552924582333881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1079552924582333881",
      "created_at" : "Mon Dec 31 01:40:49 +0000 2018",
      "favorited" : false,
      "full_text" : "Première neige! Les enfants étaient dehors avant que le café soit prêt. #lecture",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1067844109729485131"
          ],
          "editableUntil" : "2018-11-28T19:14:10.000Z",
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
        "112"
      ],
      "favorite_count" : "4",
      "id_str" : "1067844109729485131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1067844109729485131",
      "created_at" : "Wed Nov 28 18:14:10 +0000 2018",
      "favorited" : false,
      "full_text" : "The carbon tax rebate is the smartest climate policy this government has done. Critics haven't read the numbers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1066019000286946682"
          ],
          "editableUntil" : "2018-11-23T18:21:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "155",
              "164"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "1",
      "id_str" : "1066019000286946682",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1066019000286946682",
      "created_at" : "Fri Nov 23 17:21:50 +0000 2018",
      "favorited" : false,
      "full_text" : "Made maple oatmeal cookies tonight. The kids asked for seconds, which never happens. Bread &amp; butter pickles, year three. Finally got the crunch right. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1065753874135392395"
          ],
          "editableUntil" : "2018-11-23T00:48:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "météo",
            "indices" : [
              "179",
              "185"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "1",
      "id_str" : "1065753874135392395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1065753874135392395",
      "created_at" : "Thu Nov 22 23:48:19 +0000 2018",
      "favorited" : false,
      "full_text" : "Fin de semaine de camping sans réseau. Je recommande. Randonnée au lac Leamy, les couleurs sont à leur meilleur. Ski de fond au parc de la Gatineau, les pistes étaient parfaites. #météo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1065447316650881153"
          ],
          "editableUntil" : "2018-11-22T04:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "122",
              "131"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1065447316650881153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1065447316650881153",
      "created_at" : "Thu Nov 22 03:30:10 +0000 2018",
      "favorited" : false,
      "full_text" : "Just finished The Marrow Thieves. Still thinking about the ending. Book club picked Kukum for next month, anyone read it? #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1058889929193665722"
          ],
          "editableUntil" : "2018-11-04T02:13:27.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/81sa4HgVlR",
            "expanded_url" : "https://www.cbc.ca/news/canada/ottawa",
            "display_url" : "cbc.ca/news/canada/ottawa",
            "indices" : [
              "194",
              "217"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "2",
      "id_str" : "1058889929193665722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1058889929193665722",
      "created_at" : "Sun Nov 04 01:13:27 +0000 2018",
      "favorited" : false,
      "full_text" : "Reminder to self: take the lunch break. Walk outside. It helps. Conference season: three days, forty coffees, one good idea. Worth it. Took a free online course on data visualization, loved it. https://t.co/81sa4HgVlR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1052971820776455781"
          ],
          "editableUntil" : "2018-10-18T18:17:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "bikeottawa_demo",
            "screen_name" : "bikeottawa_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "8692190511",
            "id" : "8692190511"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1052971820776455781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1052971820776455781",
      "created_at" : "Thu Oct 18 17:17:00 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @bikeottawa_demo: New counts are in: winter cycling on the Laurier lane is up 30% over last year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1055789029917434983"
          ],
          "editableUntil" : "2018-10-26T12:51:35.000Z",
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
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "1055789029917434983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1055789029917434983",
      "created_at" : "Fri Oct 26 11:51:35 +0000 2018",
      "favorited" : false,
      "full_text" : "Can't say much but there's a big announcement on apprenticeship grants Tuesday. Under embargo until 10am 😉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1057259909412007374"
          ],
          "editableUntil" : "2018-10-30T14:16:20.000Z",
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
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1057259909412007374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1057259909412007374",
      "created_at" : "Tue Oct 30 13:16:20 +0000 2018",
      "favorited" : false,
      "full_text" : "Hiked around Pink Lake with friends, the colours are peaking. Camping weekend, no signal, highly recommend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1048360686846209311"
          ],
          "editableUntil" : "2018-10-06T00:54:00.000Z",
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
        "138"
      ],
      "favorite_count" : "6",
      "id_str" : "1048360686846209311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1048360686846209311",
      "created_at" : "Fri Oct 05 23:54:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Au menu ce soir : tourtière. Les enfants en ont redemandé, un miracle. Nouvelle recette de soupe aux pois, je vous en donne des nouvelles.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1048359176894549188",
      "in_reply_to_status_id" : "1048359176894549188",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1048359176894549188"
          ],
          "editableUntil" : "2018-10-06T00:48:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/LY6nlyipQh",
            "expanded_url" : "https://www.ricardocuisine.com/recettes",
            "display_url" : "ricardocuisine.com/recett…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "1048359176894549188",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1048359176894549188",
      "created_at" : "Fri Oct 05 23:48:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Cours en ligne gratuit sur la visualisation de données, j'ai adoré. https://t.co/LY6nlyipQh",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "1048358421921727642",
      "in_reply_to_status_id" : "1048358421921727642",
      "in_reply_to_user_id" : "781553420117426176",
      "in_reply_to_user_id_str" : "781553420117426176",
      "in_reply_to_screen_name" : "EliseMarchandOTT"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1048358421921727642"
          ],
          "editableUntil" : "2018-10-06T00:45:00.000Z",
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
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1048358421921727642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1048358421921727642",
      "created_at" : "Fri Oct 05 23:45:00 +0000 2018",
      "favorited" : false,
      "full_text" : "Ma pile de livres à lire devient dangereuse. Le club de lecture a choisi Fifth Business pour le mois prochain. 🧵",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1046509849543610102"
          ],
          "editableUntil" : "2018-09-30T22:19:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "radiocan_outaouais_demo",
            "screen_name" : "radiocan_outaouais_demo",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "2842549968",
            "id" : "2842549968"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1046509849543610102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1046509849543610102",
      "created_at" : "Sun Sep 30 21:19:26 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @radiocan_outaouais_demo: La piste cyclable du Ruisseau sera fermée pour travaux jusqu'au 15 juin.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1040579070132004584"
          ],
          "editableUntil" : "2018-09-14T13:32:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottweather",
            "indices" : [
              "144",
              "155"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_nation_marc",
            "screen_name" : "sens_nation_marc",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "6601105528",
            "id" : "6601105528"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "1",
      "id_str" : "1040579070132004584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1040579070132004584",
      "created_at" : "Fri Sep 14 12:32:38 +0000 2018",
      "favorited" : false,
      "full_text" : "@sens_nation_marc Bike commute streak: day 80. My legs disagree. If you see someone in a yellow jacket singing on the bike path, no you didn't. #ottweather",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1040534023304805744",
      "in_reply_to_status_id" : "1040534023304805744",
      "in_reply_to_user_id" : "6601105528",
      "in_reply_to_user_id_str" : "6601105528",
      "in_reply_to_screen_name" : "sens_nation_marc"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1046369076117099342"
          ],
          "editableUntil" : "2018-09-30T13:00:03.000Z",
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
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "1046369076117099342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1046369076117099342",
      "created_at" : "Sun Sep 30 12:00:03 +0000 2018",
      "favorited" : false,
      "full_text" : "Cabane à sucre avec toute la famille. Tire sur la neige &amp; oreilles de crisse.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1030443089917423916"
          ],
          "editableUntil" : "2018-08-17T14:15:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "77",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1030443089917423916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1030443089917423916",
      "created_at" : "Fri Aug 17 13:15:52 +0000 2018",
      "favorited" : false,
      "full_text" : "Freezing rain warning. Working from the kitchen table with a big pot of tea. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1026098491424013798"
          ],
          "editableUntil" : "2018-08-05T14:31:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1026098491424013798",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1026098491424013798",
      "created_at" : "Sun Aug 05 13:31:59 +0000 2018",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Reminder to self: take the lunch break. Walk outside. It helps. Learning Python on weekends. Today I made a chart of my bike rides.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1026011166016303811",
      "in_reply_to_status_id" : "1026011166016303811",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1021735781923672050"
          ],
          "editableUntil" : "2018-07-24T13:36:08.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1021735781923672050/photo/1",
            "indices" : [
              "118",
              "141"
            ],
            "url" : "https://t.co/pItTAVMv81",
            "media_url" : "http://pbs.twimg.com/media/POvyGmQ8iTlgbCc.jpg",
            "id_str" : "1021735781923672042",
            "id" : "1021735781923672042",
            "media_url_https" : "https://pbs.twimg.com/media/POvyGmQ8iTlgbCc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pItTAVMv81"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "1021735781923672050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1021735781923672050",
      "created_at" : "Tue Jul 24 12:36:08 +0000 2018",
      "favorited" : false,
      "full_text" : "Lost cat! Grey tabby named Pistache. Call 613-555-0147 if you see him, we're at 418 rue Principale, Gatineau J9H 3L1. https://t.co/pItTAVMv81",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/1021735781923672050/photo/1",
            "indices" : [
              "118",
              "141"
            ],
            "url" : "https://t.co/pItTAVMv81",
            "media_url" : "http://pbs.twimg.com/media/POvyGmQ8iTlgbCc.jpg",
            "id_str" : "1021735781923672042",
            "id" : "1021735781923672042",
            "media_url_https" : "https://pbs.twimg.com/media/POvyGmQ8iTlgbCc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/pItTAVMv81"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1014559009013184107"
          ],
          "editableUntil" : "2018-07-04T18:18:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Outaouais",
            "indices" : [
              "176",
              "186"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "1",
      "id_str" : "1014559009013184107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1014559009013184107",
      "created_at" : "Wed Jul 04 17:18:12 +0000 2018",
      "favorited" : false,
      "full_text" : "Canicule à Gatineau, le chat dort dans la baignoire. Brouillard sur la rivière ce matin, c'était magnifique. Il fait -9 ce matin et le chauffage de l'abribus est encore brisé. #Outaouais",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1014481519248150163"
          ],
          "editableUntil" : "2018-07-04T13:10:17.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1014481519248150163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1014481519248150163",
      "created_at" : "Wed Jul 04 12:10:17 +0000 2018",
      "favorited" : false,
      "full_text" : "Conference season: three days, forty coffees, one good idea. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1012894033904125580"
          ],
          "editableUntil" : "2018-06-30T04:02:11.000Z",
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
        "189"
      ],
      "favorite_count" : "3",
      "id_str" : "1012894033904125580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012894033904125580",
      "created_at" : "Sat Jun 30 03:02:11 +0000 2018",
      "favorited" : false,
      "full_text" : "Fin de semaine de camping sans réseau. Je recommande. Randonnée sur la piste du Ruisseau, les couleurs sont à leur meilleur. Ski de fond sur le pont Champlain, les pistes étaient parfaites.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1013799470891374016"
          ],
          "editableUntil" : "2018-07-02T16:00:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Outaouais",
            "indices" : [
              "71",
              "81"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "1013799470891374016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1013799470891374016",
      "created_at" : "Mon Jul 02 15:00:04 +0000 2018",
      "favorited" : false,
      "full_text" : "Soirée de films en famille, tout le monde s'est endormi sauf le chien. #Outaouais",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1012325214975890820"
          ],
          "editableUntil" : "2018-06-28T14:21:54.000Z",
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
        "84"
      ],
      "favorite_count" : "3",
      "id_str" : "1012325214975890820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012325214975890820",
      "created_at" : "Thu Jun 28 13:21:54 +0000 2018",
      "favorited" : false,
      "full_text" : "Rode in past Champlain Bridge this morning, 55 km and not one car door opened on me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1010132311210334683"
          ],
          "editableUntil" : "2018-06-22T13:08:05.000Z",
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
        "54"
      ],
      "favorite_count" : "1",
      "id_str" : "1010132311210334683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1010132311210334683",
      "created_at" : "Fri Jun 22 12:08:05 +0000 2018",
      "favorited" : false,
      "full_text" : "Bought some shrooms for the cottage weekend, who's in?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1006863178400388282"
          ],
          "editableUntil" : "2018-06-13T12:37:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OttCity",
            "indices" : [
              "53",
              "61"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "1006863178400388282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1006863178400388282",
      "created_at" : "Wed Jun 13 11:37:43 +0000 2018",
      "favorited" : false,
      "full_text" : "Fog over the river this morning, honestly beautiful. #OttCity",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1001622101948477267"
          ],
          "editableUntil" : "2018-05-30T01:31:33.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "1001622101948477267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1001622101948477267",
      "created_at" : "Wed May 30 00:31:33 +0000 2018",
      "favorited" : false,
      "full_text" : "Just finished Les Filles de Caleb. Still thinking about the ending.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "997976756844619348"
          ],
          "editableUntil" : "2018-05-20T00:06:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "capitalcyclist_ott",
            "screen_name" : "capitalcyclist_ott",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "2177827051",
            "id" : "2177827051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "2",
      "id_str" : "997976756844619348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "997976756844619348",
      "created_at" : "Sat May 19 23:06:15 +0000 2018",
      "favorited" : false,
      "full_text" : "@capitalcyclist_ott Maya a construit un fort avec tous les coussins de la maison. Soirée de films en famille, tout le monde s'est endormi sauf le chien.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "997944796248037666",
      "in_reply_to_status_id" : "997944796248037666",
      "in_reply_to_user_id" : "2177827051",
      "in_reply_to_user_id_str" : "2177827051",
      "in_reply_to_screen_name" : "capitalcyclist_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "973331655687859187"
          ],
          "editableUntil" : "2018-03-12T23:55:25.000Z",
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
        "163"
      ],
      "favorite_count" : "2",
      "id_str" : "973331655687859187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "973331655687859187",
      "created_at" : "Mon Mar 12 22:55:25 +0000 2018",
      "favorited" : false,
      "full_text" : "Maya lost a tooth at school and negotiated a rate with the tooth fairy. Maya built a fort out of every cushion in the house. I'm not allowed in without a password.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "987147655313402321"
          ],
          "editableUntil" : "2018-04-20T02:55:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottweather",
            "indices" : [
              "75",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "987147655313402321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "987147655313402321",
      "created_at" : "Fri Apr 20 01:55:16 +0000 2018",
      "favorited" : false,
      "full_text" : "Soccer practice in the rain, two thermoses of hot chocolate, zero regrets. #ottweather",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "978610510232553731"
          ],
          "editableUntil" : "2018-03-27T13:31:42.000Z",
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
        "178"
      ],
      "favorite_count" : "1",
      "id_str" : "978610510232553731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "978610510232553731",
      "created_at" : "Tue Mar 27 12:31:42 +0000 2018",
      "favorited" : false,
      "full_text" : "Le club de lecture a choisi Kiss of the Fur Queen pour le mois prochain. Mes réservations à la bibliothèque sont toutes arrivées en même temps. Je commence Kiss of the Fur Queen.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "994608726537795153"
          ],
          "editableUntil" : "2018-05-10T17:02:54.000Z",
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
        "61"
      ],
      "favorite_count" : "5",
      "id_str" : "994608726537795153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "994608726537795153",
      "created_at" : "Thu May 10 16:02:54 +0000 2018",
      "favorited" : false,
      "full_text" : "Hiked around Mer Bleue with friends, the colours are peaking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "971439877782274467"
          ],
          "editableUntil" : "2018-03-07T18:38:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "4",
      "id_str" : "971439877782274467",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "971439877782274467",
      "created_at" : "Wed Mar 07 17:38:10 +0000 2018",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Made butter chicken tonight. The kids asked for seconds, which never happens. Farmers market haul: corn, tomatoes, a ridiculous amount of garlic.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "971330406446186096",
      "in_reply_to_status_id" : "971330406446186096",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "969792749434217490"
          ],
          "editableUntil" : "2018-03-03T05:33:04.000Z",
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
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "969792749434217490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "969792749434217490",
      "created_at" : "Sat Mar 03 04:33:04 +0000 2018",
      "favorited" : false,
      "full_text" : "Fin de semaine de camping sans réseau. Je recommande. Randonnée au lac Leamy, les couleurs sont à leur meilleur.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "968683226003544464"
          ],
          "editableUntil" : "2018-02-28T04:04:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "troll_account_4471",
            "screen_name" : "troll_account_4471",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "8454016395",
            "id" : "8454016395"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "1",
      "id_str" : "968683226003544464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "968683226003544464",
      "created_at" : "Wed Feb 28 03:04:13 +0000 2018",
      "favorited" : false,
      "full_text" : "@troll_account_4471 you're a pathetic idiot and everyone at your office knows it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "968632139382522418",
      "in_reply_to_status_id" : "968632139382522418",
      "in_reply_to_user_id" : "8454016395",
      "in_reply_to_user_id_str" : "8454016395",
      "in_reply_to_screen_name" : "troll_account_4471"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "962510191984165071"
          ],
          "editableUntil" : "2018-02-11T03:14:47.000Z",
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
        "170"
      ],
      "favorite_count" : "1",
      "id_str" : "962510191984165071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "962510191984165071",
      "created_at" : "Sun Feb 11 02:14:47 +0000 2018",
      "favorited" : false,
      "full_text" : "Lost to Detroit 5-4 in OT. We'll get them next time. Sens beat the Flames 2-1 in a shootout! What a third period. Trade deadline day: refreshing my feed like it's my job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "964704433731277191"
          ],
          "editableUntil" : "2018-02-17T04:33:55.000Z",
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
        "60"
      ],
      "favorite_count" : "4",
      "id_str" : "964704433731277191",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "964704433731277191",
      "created_at" : "Sat Feb 17 03:33:55 +0000 2018",
      "favorited" : false,
      "full_text" : "First snow! The kids were outside before I found the coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "958905988808439351"
          ],
          "editableUntil" : "2018-02-01T04:32:58.000Z",
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
        "67"
      ],
      "favorite_count" : "5",
      "id_str" : "958905988808439351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "958905988808439351",
      "created_at" : "Thu Feb 01 03:32:58 +0000 2018",
      "favorited" : false,
      "full_text" : "New chain, new cassette, the bike sounds like a sewing machine now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "955472426696173661"
          ],
          "editableUntil" : "2018-01-22T17:09:13.000Z",
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
        "43"
      ],
      "favorite_count" : "1",
      "id_str" : "955472426696173661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "955472426696173661",
      "created_at" : "Mon Jan 22 16:09:13 +0000 2018",
      "favorited" : false,
      "full_text" : "Quel arrêt en deuxième période, incroyable.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "945679007875038055"
          ],
          "editableUntil" : "2017-12-26T16:33:40.000Z",
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
        "212"
      ],
      "favorite_count" : "2",
      "id_str" : "945679007875038055",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "945679007875038055",
      "created_at" : "Tue Dec 26 15:33:40 +0000 2017",
      "favorited" : false,
      "full_text" : "Family movie night, everyone fell asleep but the dog. Grandma's 80th birthday today. Three generations and a very large cake. Parent-teacher night. Théo is apparently 'very chatty'. No idea where that comes from.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "944327930281939657"
          ],
          "editableUntil" : "2017-12-22T23:04:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "54",
              "63"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "944327930281939657",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "944327930281939657",
      "created_at" : "Fri Dec 22 22:04:58 +0000 2017",
      "favorited" : false,
      "full_text" : "Fin de semaine de camping sans réseau. Je recommande. #GoSensGo",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "940933735907177411"
          ],
          "editableUntil" : "2017-12-13T14:17:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "3",
      "id_str" : "940933735907177411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "940933735907177411",
      "created_at" : "Wed Dec 13 13:17:39 +0000 2017",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Took a free online course on data visualization, loved it. Great panel today on plain language writing. So many good ideas to steal.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "940907815108408401",
      "in_reply_to_status_id" : "940907815108408401",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "927517457644635673"
          ],
          "editableUntil" : "2017-11-06T13:46:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lecture",
            "indices" : [
              "121",
              "129"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "4",
      "id_str" : "927517457644635673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "927517457644635673",
      "created_at" : "Mon Nov 06 12:46:09 +0000 2017",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Nouvelle recette de shakshuka, je vous en donne des nouvelles. Dimanche popote : chili pour la semaine. #lecture",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "927389615258870870",
      "in_reply_to_status_id" : "927389615258870870",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "933106363530206934"
          ],
          "editableUntil" : "2017-11-21T23:54:28.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "933106363530206934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "933106363530206934",
      "created_at" : "Tue Nov 21 22:54:28 +0000 2017",
      "favorited" : false,
      "full_text" : "Drunk at the Sens game on a Tuesday, calling in sick tomorrow lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "926776168940178961"
          ],
          "editableUntil" : "2017-11-04T12:40:32.000Z",
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
      "favorite_count" : "4",
      "id_str" : "926776168940178961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926776168940178961",
      "created_at" : "Sat Nov 04 11:40:32 +0000 2017",
      "favorited" : false,
      "full_text" : "Reread The Marrow Thieves on the bus this week. Holds up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "925454942207026395"
          ],
          "editableUntil" : "2017-10-31T21:10:27.000Z",
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
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "925454942207026395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "925454942207026395",
      "created_at" : "Tue Oct 31 20:10:27 +0000 2017",
      "favorited" : false,
      "full_text" : "Au menu ce soir : ramen maison. Les enfants en ont redemandé, un miracle.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "921905621500320006"
          ],
          "editableUntil" : "2017-10-22T02:06:43.000Z",
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
        "183"
      ],
      "favorite_count" : "1",
      "id_str" : "921905621500320006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "921905621500320006",
      "created_at" : "Sun Oct 22 01:06:43 +0000 2017",
      "favorited" : false,
      "full_text" : "Randonnée près du marché By, les couleurs sont à leur meilleur. Ski de fond au parc de la Gatineau, les pistes étaient parfaites. Fin de semaine de camping sans réseau. Je recommande.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "915895267753945016"
          ],
          "editableUntil" : "2017-10-05T12:03:43.000Z",
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
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "915895267753945016",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915895267753945016",
      "created_at" : "Thu Oct 05 11:03:43 +0000 2017",
      "favorited" : false,
      "full_text" : "Trade deadline day: refreshing my feed like it's my job. Lost to the Leafs 3-1. We'll get them next time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "913492892055321553"
          ],
          "editableUntil" : "2017-09-28T20:57:32.000Z",
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
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "913492892055321553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "913492892055321553",
      "created_at" : "Thu Sep 28 19:57:32 +0000 2017",
      "favorited" : false,
      "full_text" : "Quel arrêt en deuxième période, incroyable. Match à la télé avec Théo, qui veut tout savoir sur le hors-jeu.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "893270638327360181"
          ],
          "editableUntil" : "2017-08-04T01:41:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "amreading",
            "indices" : [
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "893270638327360181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "893270638327360181",
      "created_at" : "Fri Aug 04 00:41:31 +0000 2017",
      "favorited" : false,
      "full_text" : "Tulip Festival with the kids, the crowds were worth it. #amreading",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "910624785036971544"
          ],
          "editableUntil" : "2017-09-20T23:00:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ncc_parks_demo",
            "screen_name" : "ncc_parks_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9993051502",
            "id" : "9993051502"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "910624785036971544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "910624785036971544",
      "created_at" : "Wed Sep 20 22:00:42 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @ncc_parks_demo: Gatineau Park winter trails are open. Check conditions before you go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "909568013369707757"
          ],
          "editableUntil" : "2017-09-18T01:01:28.000Z",
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
        "75"
      ],
      "favorite_count" : "3",
      "id_str" : "909568013369707757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "909568013369707757",
      "created_at" : "Mon Sep 18 00:01:28 +0000 2017",
      "favorited" : false,
      "full_text" : "Library holds came in all at once, as they do. Starting The Marrow Thieves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "911332401871537056"
          ],
          "editableUntil" : "2017-09-22T21:52:31.000Z",
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
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "911332401871537056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "911332401871537056",
      "created_at" : "Fri Sep 22 20:52:31 +0000 2017",
      "favorited" : false,
      "full_text" : "Sens beat the Oilers 2-1 in a shootout! What a third period. Trade deadline day: refreshing my feed like it's my job.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "891839499861482633"
          ],
          "editableUntil" : "2017-07-31T02:54:41.000Z",
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
        "132"
      ],
      "favorite_count" : "2",
      "id_str" : "891839499861482633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "891839499861482633",
      "created_at" : "Mon Jul 31 01:54:41 +0000 2017",
      "favorited" : false,
      "full_text" : "Great panel today on plain language writing. So many good ideas to steal. Took a free online course on data visualization, loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "887125769058155810"
          ],
          "editableUntil" : "2017-07-18T02:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Outaouais",
            "indices" : [
              "156",
              "166"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "1",
      "id_str" : "887125769058155810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "887125769058155810",
      "created_at" : "Tue Jul 18 01:44:00 +0000 2017",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Rappel à moi-même : prendre sa pause du midi. Marcher dehors. Ça aide. Cours en ligne gratuit sur la visualisation de données, j'ai adoré. #Outaouais",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "886998429991518008",
      "in_reply_to_status_id" : "886998429991518008",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "884942658994850914"
          ],
          "editableUntil" : "2017-07-12T02:09:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottnews",
            "indices" : [
              "132",
              "140"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "884942658994850914",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "884942658994850914",
      "created_at" : "Wed Jul 12 01:09:06 +0000 2017",
      "favorited" : false,
      "full_text" : "Reminder to self: take the lunch break. Walk outside. It helps. Learning Python on weekends. Today I made a chart of my bike rides. #ottnews",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "876225263698505804"
          ],
          "editableUntil" : "2017-06-18T00:49:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "2",
      "id_str" : "876225263698505804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "876225263698505804",
      "created_at" : "Sat Jun 17 23:49:17 +0000 2017",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Lost to Detroit 4-2. We'll get them next time.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "876079050261016886",
      "in_reply_to_status_id" : "876079050261016886",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "883513462490117633"
          ],
          "editableUntil" : "2017-07-08T03:29:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "bikeottawa_demo",
            "screen_name" : "bikeottawa_demo",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "8692190511",
            "id" : "8692190511"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "883513462490117633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "883513462490117633",
      "created_at" : "Sat Jul 08 02:29:59 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @bikeottawa_demo: New counts are in: winter cycling on the Laurier lane is up 30% over last year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "882342727385611519"
          ],
          "editableUntil" : "2017-07-04T21:57:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OttCity",
            "indices" : [
              "47",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "882342727385611519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "882342727385611519",
      "created_at" : "Tue Jul 04 20:57:54 +0000 2017",
      "favorited" : false,
      "full_text" : "Bike commute streak: day 18. My legs disagree. #OttCity",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "883705792296213641"
          ],
          "editableUntil" : "2017-07-08T16:14:14.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "883705792296213641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "883705792296213641",
      "created_at" : "Sat Jul 08 15:14:14 +0000 2017",
      "favorited" : false,
      "full_text" : "Rappel à moi-même : prendre sa pause du midi. Marcher dehors. Ça aide.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "870433538045295421"
          ],
          "editableUntil" : "2017-06-02T01:15:02.000Z",
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
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "870433538045295421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "870433538045295421",
      "created_at" : "Fri Jun 02 00:15:02 +0000 2017",
      "favorited" : false,
      "full_text" : "Great week at ESDC: our team launched the new Canada Student Financial Assistance Program online calculator.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "869153147057457864"
          ],
          "editableUntil" : "2017-05-29T12:27:13.000Z",
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
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "869153147057457864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "869153147057457864",
      "created_at" : "Mon May 29 11:27:13 +0000 2017",
      "favorited" : false,
      "full_text" : "Hiked around Mer Bleue with friends, the colours are peaking. Tulip Festival with the kids, the crowds were worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "867148697565086237"
          ],
          "editableUntil" : "2017-05-23T23:42:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ncc_parks_demo",
            "screen_name" : "ncc_parks_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9993051502",
            "id" : "9993051502"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "867148697565086237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "867148697565086237",
      "created_at" : "Tue May 23 22:42:15 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @ncc_parks_demo: Gatineau Park winter trails are open. Check conditions before you go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "855972878087878350"
          ],
          "editableUntil" : "2017-04-23T03:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "855972878087878350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "855972878087878350",
      "created_at" : "Sun Apr 23 02:33:32 +0000 2017",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Bread &amp; butter pickles, year three. Finally got the crunch right.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "855881274489390481",
      "in_reply_to_status_id" : "855881274489390481",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "857995497307844749"
          ],
          "editableUntil" : "2017-04-28T17:30:42.000Z",
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
        "72"
      ],
      "favorite_count" : "9",
      "id_str" : "857995497307844749",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "857995497307844749",
      "created_at" : "Fri Apr 28 16:30:42 +0000 2017",
      "favorited" : false,
      "full_text" : "Made shakshuka tonight. The kids asked for seconds, which never happens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "865389640024159501"
          ],
          "editableUntil" : "2017-05-19T03:12:23.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/865389640024159501/photo/1",
            "indices" : [
              "118",
              "141"
            ],
            "url" : "https://t.co/bSFLv3nO8r",
            "media_url" : "http://pbs.twimg.com/media/wawiSKPwdYME2VE.jpg",
            "id_str" : "865389640024159493",
            "id" : "865389640024159493",
            "media_url_https" : "https://pbs.twimg.com/media/wawiSKPwdYME2VE.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/bSFLv3nO8r"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "865389640024159501",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "865389640024159501",
      "created_at" : "Fri May 19 02:12:23 +0000 2017",
      "favorited" : false,
      "full_text" : "Tulip Festival with the kids, the crowds were worth it. Cross-country skiing near Lac Leamy, the trails were perfect. https://t.co/bSFLv3nO8r",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/865389640024159501/photo/1",
            "indices" : [
              "118",
              "141"
            ],
            "url" : "https://t.co/bSFLv3nO8r",
            "media_url" : "http://pbs.twimg.com/media/wawiSKPwdYME2VE.jpg",
            "id_str" : "865389640024159493",
            "id" : "865389640024159493",
            "media_url_https" : "https://pbs.twimg.com/media/wawiSKPwdYME2VE.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/bSFLv3nO8r"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "850440163292918039"
          ],
          "editableUntil" : "2017-04-07T21:08:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "capitalcyclist_ott",
            "screen_name" : "capitalcyclist_ott",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "2177827051",
            "id" : "2177827051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "20",
      "id_str" : "850440163292918039",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "850440163292918039",
      "created_at" : "Fri Apr 07 20:08:30 +0000 2017",
      "favorited" : false,
      "full_text" : "@capitalcyclist_ott Outdoor rink is finally open. Skated until my toes went numb. Trade deadline day: refreshing my feed like it's my job.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "850318864023912217",
      "in_reply_to_status_id" : "850318864023912217",
      "in_reply_to_user_id" : "2177827051",
      "in_reply_to_user_id_str" : "2177827051",
      "in_reply_to_screen_name" : "capitalcyclist_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "842855230079461079"
          ],
          "editableUntil" : "2017-03-17T22:48:41.000Z",
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
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "842855230079461079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "842855230079461079",
      "created_at" : "Fri Mar 17 21:48:41 +0000 2017",
      "favorited" : false,
      "full_text" : "Headwind both ways on the Portage bridge. Physics is a liar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "842181532579736555"
          ],
          "editableUntil" : "2017-03-16T02:11:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "priya_reads_ott",
            "screen_name" : "priya_reads_ott",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "3988332428",
            "id" : "3988332428"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "842181532579736555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "842181532579736555",
      "created_at" : "Thu Mar 16 01:11:39 +0000 2017",
      "favorited" : false,
      "full_text" : "@priya_reads_ott Maya built a fort out of every cushion in the house. I'm not allowed in without a password.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "842122392892689626",
      "in_reply_to_status_id" : "842122392892689626",
      "in_reply_to_user_id" : "3988332428",
      "in_reply_to_user_id_str" : "3988332428",
      "in_reply_to_screen_name" : "priya_reads_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "835327410698107312"
          ],
          "editableUntil" : "2017-02-25T04:15:49.000Z",
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
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "835327410698107312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "835327410698107312",
      "created_at" : "Sat Feb 25 03:15:49 +0000 2017",
      "favorited" : false,
      "full_text" : "Relu Kukum dans l'autobus cette semaine. Toujours aussi bon.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "829505154712041729"
          ],
          "editableUntil" : "2017-02-09T02:40:15.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "829505154712041729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "829505154712041729",
      "created_at" : "Thu Feb 09 01:40:15 +0000 2017",
      "favorited" : false,
      "full_text" : "Les bancs de neige sont plus hauts que Théo maintenant.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "829518219965413723"
          ],
          "editableUntil" : "2017-02-09T03:32:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottbike",
            "indices" : [
              "40",
              "48"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "829518219965413723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "829518219965413723",
      "created_at" : "Thu Feb 09 02:32:10 +0000 2017",
      "favorited" : false,
      "full_text" : "That save in the second period, unreal. #ottbike",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "830254832023597267"
          ],
          "editableUntil" : "2017-02-11T04:19:12.000Z",
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
        "76"
      ],
      "favorite_count" : "6",
      "id_str" : "830254832023597267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "830254832023597267",
      "created_at" : "Sat Feb 11 03:19:12 +0000 2017",
      "favorited" : false,
      "full_text" : "Freezing rain warning. Working from the kitchen table with a big pot of tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "827634839058618539"
          ],
          "editableUntil" : "2017-02-03T22:48:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Gatineau",
            "indices" : [
              "114",
              "123"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "6",
      "id_str" : "827634839058618539",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "827634839058618539",
      "created_at" : "Fri Feb 03 21:48:17 +0000 2017",
      "favorited" : false,
      "full_text" : "My to-read pile is now a load-bearing structure. Just finished Washington Black. Still thinking about the ending. #Gatineau",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "824066425878746454"
          ],
          "editableUntil" : "2017-01-25T02:28:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "PhoenixPay",
            "indices" : [
              "95",
              "106"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "824066425878746454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "824066425878746454",
      "created_at" : "Wed Jan 25 01:28:41 +0000 2017",
      "favorited" : false,
      "full_text" : "Phoenix ate my pay again. Third month in a row. This department can't even pay its own people. #PhoenixPay",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "823147537760631922"
          ],
          "editableUntil" : "2017-01-22T13:37:21.000Z",
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
        "116"
      ],
      "favorite_count" : "3",
      "id_str" : "823147537760631922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "823147537760631922",
      "created_at" : "Sun Jan 22 12:37:21 +0000 2017",
      "favorited" : false,
      "full_text" : "It's 27 out and the bus shelter heater is broken again. First snow! The kids were outside before I found the coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "821334054925960537"
          ],
          "editableUntil" : "2017-01-17T13:31:13.000Z",
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
        "52"
      ],
      "favorite_count" : "1",
      "id_str" : "821334054925960537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "821334054925960537",
      "created_at" : "Tue Jan 17 12:31:13 +0000 2017",
      "favorited" : false,
      "full_text" : "Sens beat the Flames 5-4 in OT! What a third period.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "817791872923511714"
          ],
          "editableUntil" : "2017-01-07T18:55:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GoSensGo",
            "indices" : [
              "71",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "5",
      "id_str" : "817791872923511714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "817791872923511714",
      "created_at" : "Sat Jan 07 17:55:51 +0000 2017",
      "favorited" : false,
      "full_text" : "Conference season: three days, forty coffees, one good idea. Worth it. #GoSensGo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "820622956820180304"
          ],
          "editableUntil" : "2017-01-15T14:25:34.000Z",
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
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "820622956820180304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "820622956820180304",
      "created_at" : "Sun Jan 15 13:25:34 +0000 2017",
      "favorited" : false,
      "full_text" : "Made soupe aux pois tonight. The kids asked for seconds, which never happens.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "803992524685202109"
          ],
          "editableUntil" : "2016-11-30T17:02:10.000Z",
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
        "127"
      ],
      "favorite_count" : "9",
      "id_str" : "803992524685202109",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "803992524685202109",
      "created_at" : "Wed Nov 30 16:02:10 +0000 2016",
      "favorited" : false,
      "full_text" : "Audiobook recommendation: Moon of the Crusted Snow, the narrator is wonderful. My to-read pile is now a load-bearing structure.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "801766175539662579"
          ],
          "editableUntil" : "2016-11-24T13:35:27.000Z",
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
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "801766175539662579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "801766175539662579",
      "created_at" : "Thu Nov 24 12:35:27 +0000 2016",
      "favorited" : false,
      "full_text" : "Mes réservations à la bibliothèque sont toutes arrivées en même temps. Je commence Kiss of the Fur Queen.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "796322614868696509"
          ],
          "editableUntil" : "2016-11-09T13:04:41.000Z",
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
        "163"
      ],
      "favorite_count" : "1",
      "id_str" : "796322614868696509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "796322614868696509",
      "created_at" : "Wed Nov 09 12:04:41 +0000 2016",
      "favorited" : false,
      "full_text" : "La patinoire extérieure est enfin ouverte! Match à la télé avec Maya, qui veut tout savoir sur le hors-jeu. Les Sens battent Détroit 3-2! Quelle troisième période.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "791814836976182350"
          ],
          "editableUntil" : "2016-10-28T02:32:23.000Z",
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
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "791814836976182350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "791814836976182350",
      "created_at" : "Fri Oct 28 01:32:23 +0000 2016",
      "favorited" : false,
      "full_text" : "Great panel today on plain language writing. So many good ideas to steal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "790885962216567193"
          ],
          "editableUntil" : "2016-10-25T13:01:22.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "790885962216567193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "790885962216567193",
      "created_at" : "Tue Oct 25 12:01:22 +0000 2016",
      "favorited" : false,
      "full_text" : "Flat tire on the Portage bridge in the pouring rain. Fuck this day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "783140299079535777"
          ],
          "editableUntil" : "2016-10-04T04:02:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottbike",
            "indices" : [
              "122",
              "130"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "783140299079535777",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "783140299079535777",
      "created_at" : "Tue Oct 04 03:02:52 +0000 2016",
      "favorited" : false,
      "full_text" : "My to-read pile is now a load-bearing structure. Just finished Moon of the Crusted Snow. Still thinking about the ending. #ottbike",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "790033549624081798"
          ],
          "editableUntil" : "2016-10-23T04:34:11.000Z",
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
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "790033549624081798",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "790033549624081798",
      "created_at" : "Sun Oct 23 03:34:11 +0000 2016",
      "favorited" : false,
      "full_text" : "Match à la télé avec Maya, qui veut tout savoir sur le hors-jeu. Quel arrêt en deuxième période, incroyable.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "781625819790787986"
          ],
          "editableUntil" : "2016-09-29T23:44:52.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "781625819790787986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "781625819790787986",
      "created_at" : "Thu Sep 29 22:44:52 +0000 2016",
      "favorited" : false,
      "full_text" : "Just finished Station Eleven. Still thinking about the ending.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "779854984641248341"
          ],
          "editableUntil" : "2016-09-25T02:28:12.000Z",
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
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "779854984641248341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "779854984641248341",
      "created_at" : "Sun Sep 25 01:28:12 +0000 2016",
      "favorited" : false,
      "full_text" : "Pluie verglaçante annoncée. Télétravail et soupe, voilà le plan.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "774959111995402921"
          ],
          "editableUntil" : "2016-09-11T14:13:45.000Z",
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
        "168"
      ],
      "favorite_count" : "92",
      "id_str" : "774959111995402921",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "774959111995402921",
      "created_at" : "Sun Sep 11 13:13:45 +0000 2016",
      "favorited" : false,
      "full_text" : "Le club de lecture a choisi Washington Black pour le mois prochain. Mes réservations à la bibliothèque sont toutes arrivées en même temps. Je commence Washington Black.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "774275356556675367"
          ],
          "editableUntil" : "2016-09-09T16:56:45.000Z",
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
        "67"
      ],
      "favorite_count" : "1",
      "id_str" : "774275356556675367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "774275356556675367",
      "created_at" : "Fri Sep 09 15:56:45 +0000 2016",
      "favorited" : false,
      "full_text" : "Learning Python on weekends. Today I made a chart of my bike rides.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "772229018548699902"
          ],
          "editableUntil" : "2016-09-04T01:25:20.000Z",
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
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "772229018548699902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "772229018548699902",
      "created_at" : "Sun Sep 04 00:25:20 +0000 2016",
      "favorited" : false,
      "full_text" : "Ottawa weather: four seasons before lunch. It's 33 out and the bus shelter heater is broken again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "764418800878032894"
          ],
          "editableUntil" : "2016-08-13T12:10:19.000Z",
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
        "89"
      ],
      "favorite_count" : "1",
      "id_str" : "764418800878032894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "764418800878032894",
      "created_at" : "Sat Aug 13 11:10:19 +0000 2016",
      "favorited" : false,
      "full_text" : "J'apprends Python les fins de semaine. Aujourd'hui : un graphique de mes sorties de vélo.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "768766662538428901"
          ],
          "editableUntil" : "2016-08-25T12:07:10.000Z",
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
        "52"
      ],
      "favorite_count" : "2",
      "id_str" : "768766662538428901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "768766662538428901",
      "created_at" : "Thu Aug 25 11:07:10 +0000 2016",
      "favorited" : false,
      "full_text" : "Canicule à Gatineau, le chat dort dans la baignoire.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "766025538075626395"
          ],
          "editableUntil" : "2016-08-17T22:34:55.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/766025538075626395/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/l08fGKZQLp",
            "media_url" : "http://pbs.twimg.com/media/VC99Lec7553rqks.jpg",
            "id_str" : "766025538075626387",
            "id" : "766025538075626387",
            "media_url_https" : "https://pbs.twimg.com/media/VC99Lec7553rqks.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/l08fGKZQLp"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "766025538075626395",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "766025538075626395",
      "created_at" : "Wed Aug 17 21:34:55 +0000 2016",
      "favorited" : false,
      "full_text" : "Soccer practice in the rain, two thermoses of hot chocolate, zero regrets. https://t.co/l08fGKZQLp",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/EliseMarchandOTT/status/766025538075626395/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/l08fGKZQLp",
            "media_url" : "http://pbs.twimg.com/media/VC99Lec7553rqks.jpg",
            "id_str" : "766025538075626387",
            "id" : "766025538075626387",
            "media_url_https" : "https://pbs.twimg.com/media/VC99Lec7553rqks.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/l08fGKZQLp"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "771191381293606229"
          ],
          "editableUntil" : "2016-09-01T04:42:08.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/8yyQS7Bi6b",
            "expanded_url" : "https://www.gatineau.ca/portail/default.aspx",
            "display_url" : "gatineau.ca/portail/defau…",
            "indices" : [
              "61",
              "84"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "771191381293606229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "771191381293606229",
      "created_at" : "Thu Sep 01 03:42:08 +0000 2016",
      "favorited" : false,
      "full_text" : "First snow! The kids were outside before I found the coffee. https://t.co/8yyQS7Bi6b",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "756168235810814899"
          ],
          "editableUntil" : "2016-07-21T17:45:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "756168235810814899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "756168235810814899",
      "created_at" : "Thu Jul 21 16:45:31 +0000 2016",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Camping weekend, no signal, highly recommend.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "756030578753809095",
      "in_reply_to_status_id" : "756030578753809095",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "755011849420718346"
          ],
          "editableUntil" : "2016-07-18T13:10:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ottawafoodie_demo",
            "screen_name" : "ottawafoodie_demo",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "6923267835",
            "id" : "6923267835"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "755011849420718346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "755011849420718346",
      "created_at" : "Mon Jul 18 12:10:27 +0000 2016",
      "favorited" : false,
      "full_text" : "@ottawafoodie_demo Reread Fifth Business on the bus this week. Holds up.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "754882497083512795",
      "in_reply_to_status_id" : "754882497083512795",
      "in_reply_to_user_id" : "6923267835",
      "in_reply_to_user_id_str" : "6923267835",
      "in_reply_to_screen_name" : "ottawafoodie_demo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "755010561767523501"
          ],
          "editableUntil" : "2016-07-18T13:05:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "jp_gagnon_velo",
            "screen_name" : "jp_gagnon_velo",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3789686571",
            "id" : "3789686571"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "1",
      "id_str" : "755010561767523501",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "755010561767523501",
      "created_at" : "Mon Jul 18 12:05:20 +0000 2016",
      "favorited" : false,
      "full_text" : "@jp_gagnon_velo Ottawa weather: four seasons before lunch. Freezing rain warning. Working from the kitchen table with a big pot of tea. Fog over the river this morning, honestly beautiful.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "754929527815841368",
      "in_reply_to_status_id" : "754929527815841368",
      "in_reply_to_user_id" : "3789686571",
      "in_reply_to_user_id_str" : "3789686571",
      "in_reply_to_screen_name" : "jp_gagnon_velo"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "736956486384618372"
          ],
          "editableUntil" : "2016-05-29T17:24:53.000Z",
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
        "173"
      ],
      "favorite_count" : "4",
      "id_str" : "736956486384618372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "736956486384618372",
      "created_at" : "Sun May 29 16:24:53 +0000 2016",
      "favorited" : false,
      "full_text" : "Défaite contre Boston 5-4 en prolongation. On se reprend samedi. Quel arrêt en deuxième période, incroyable. Match à la télé avec Maya, qui veut tout savoir sur le hors-jeu.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "745013178139591458"
          ],
          "editableUntil" : "2016-06-20T22:59:18.000Z",
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
        "56"
      ],
      "favorite_count" : "6",
      "id_str" : "745013178139591458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "745013178139591458",
      "created_at" : "Mon Jun 20 21:59:18 +0000 2016",
      "favorited" : false,
      "full_text" : "Nouvelle saison de vélo, les mollets ont oublié l'hiver.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "748134084245061801"
          ],
          "editableUntil" : "2016-06-29T13:40:40.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/3SXmhkME7s",
            "expanded_url" : "https://www.ottawapubliclibrary.ca/en",
            "display_url" : "ottawapubliclibrary.ca/en",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "2",
      "id_str" : "748134084245061801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "748134084245061801",
      "created_at" : "Wed Jun 29 12:40:40 +0000 2016",
      "favorited" : false,
      "full_text" : "Sugar shack season! Tire d'érable on the snow with the whole family. Trying a new recipe for butter chicken, I'll report back. https://t.co/3SXmhkME7s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "735476043873385666"
          ],
          "editableUntil" : "2016-05-25T15:22:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "capitalcyclist_ott",
            "screen_name" : "capitalcyclist_ott",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "2177827051",
            "id" : "2177827051"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "2",
      "id_str" : "735476043873385666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "735476043873385666",
      "created_at" : "Wed May 25 14:22:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@capitalcyclist_ott Journée de canot sur la rivière. Un héron et un castor très sûr de lui. Ski de fond au parc de la Gatineau, les pistes étaient parfaites.",
      "lang" : "fr",
      "in_reply_to_status_id_str" : "735350718071055326",
      "in_reply_to_status_id" : "735350718071055326",
      "in_reply_to_user_id" : "2177827051",
      "in_reply_to_user_id_str" : "2177827051",
      "in_reply_to_screen_name" : "capitalcyclist_ott"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "731305118924447145"
          ],
          "editableUntil" : "2016-05-14T03:08:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "sens_news_demo",
            "screen_name" : "sens_news_demo",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "9852689830",
            "id" : "9852689830"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "731305118924447145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731305118924447145",
      "created_at" : "Sat May 14 02:08:22 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @sens_news_demo: Tonight's lineup is out. Puck drop at 7pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "726531870948906984"
          ],
          "editableUntil" : "2016-04-30T23:01:11.000Z",
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
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "726531870948906984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "726531870948906984",
      "created_at" : "Sat Apr 30 22:01:11 +0000 2016",
      "favorited" : false,
      "full_text" : "Took a free online course on data visualization, loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "723842617440550476"
          ],
          "editableUntil" : "2016-04-23T12:55:03.000Z",
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
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "723842617440550476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723842617440550476",
      "created_at" : "Sat Apr 23 11:55:03 +0000 2016",
      "favorited" : false,
      "full_text" : "Reread Station Eleven on the bus this week. Holds up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "712083168953145199"
          ],
          "editableUntil" : "2016-03-22T02:07:12.000Z",
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
        "97"
      ],
      "favorite_count" : "10",
      "id_str" : "712083168953145199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "712083168953145199",
      "created_at" : "Tue Mar 22 01:07:12 +0000 2016",
      "favorited" : false,
      "full_text" : "First day as Senior Policy Analyst at Employment and Social Development Canada! Views are my own.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "717432936595303301"
          ],
          "editableUntil" : "2016-04-05T20:25:16.000Z",
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
        "148"
      ],
      "favorite_count" : "6",
      "id_str" : "717432936595303301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "717432936595303301",
      "created_at" : "Tue Apr 05 19:25:16 +0000 2016",
      "favorited" : false,
      "full_text" : "First ride of the season with studded tires put away. Spring is real. If you see someone in a yellow jacket singing on the bike path, no you didn't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "718611066256979784"
          ],
          "editableUntil" : "2016-04-09T02:26:44.000Z",
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
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "718611066256979784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "718611066256979784",
      "created_at" : "Sat Apr 09 01:26:44 +0000 2016",
      "favorited" : false,
      "full_text" : "Ottawa weather: four seasons before lunch. First snow! The kids were outside before I found the coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "709342883347066906"
          ],
          "editableUntil" : "2016-03-14T12:38:17.000Z",
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
        "157"
      ],
      "favorite_count" : "2",
      "id_str" : "709342883347066906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "709342883347066906",
      "created_at" : "Mon Mar 14 11:38:17 +0000 2016",
      "favorited" : false,
      "full_text" : "Cours en ligne gratuit sur la visualisation de données, j'ai adoré. J'apprends Python les fins de semaine. Aujourd'hui : un graphique de mes sorties de vélo.",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "705940782710796174"
          ],
          "editableUntil" : "2016-03-05T03:19:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ottbike",
            "indices" : [
              "68",
              "76"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OsOnvAI35n",
            "expanded_url" : "https://www.nhl.com/senators/",
            "display_url" : "nhl.com/senators/",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "id_str" : "705940782710796174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "705940782710796174",
      "created_at" : "Sat Mar 05 02:19:33 +0000 2016",
      "favorited" : false,
      "full_text" : "Learning Python on weekends. Today I made a chart of my bike rides. #ottbike https://t.co/OsOnvAI35n",
      "lang" : "en"
    }
  }
]