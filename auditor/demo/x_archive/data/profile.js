window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Senior Policy Analyst, Employment and Social Development Canada (ESDC). Student aid nerd. Views are my own.",
        "website" : "https://t.co/Qx7ElIs3Dv",
        "location" : "Gatineau, QC"
      }
    }
  }
]