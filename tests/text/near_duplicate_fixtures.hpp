#pragma once
// Constructed article pairs for the near-duplicate tests (issue 12): one story,
// the same with one sentence rewritten, a reprint under another outlet's
// header and footer, and a different story on the same topic.
namespace kg::test::stories {

inline constexpr const char* kStory =
    "LONDON (Reuters) - The Bank of England raised its main interest rate by a quarter "
    "point to 4.75 percent on Thursday, the first increase in eight months.\n\n"
    "The central bank said rising house prices and strong consumer spending threatened to "
    "push inflation above its two percent target next year.\n\n"
    "Economists had been divided over the decision, with a narrow majority expecting the "
    "bank to wait until the summer.\n\n"
    "Governor Mervyn King told reporters that the committee had voted seven to two in "
    "favour of the move.\n\n"
    "The pound rose against the dollar after the announcement, while shares in house "
    "builders fell sharply in London trading.\n\n"
    "Mortgage lenders are expected to pass the increase on to borrowers within weeks.";

inline constexpr const char* kChangedSentence =
    "LONDON (Reuters) - The Bank of England raised its main interest rate by a quarter "
    "point to 4.75 percent on Thursday, the first increase in eight months.\n\n"
    "The central bank said rising house prices and strong consumer spending threatened to "
    "push inflation above its two percent target next year.\n\n"
    "Most analysts in a Reuters poll last week had forecast no change until July.\n\n"
    "Governor Mervyn King told reporters that the committee had voted seven to two in "
    "favour of the move.\n\n"
    "The pound rose against the dollar after the announcement, while shares in house "
    "builders fell sharply in London trading.\n\n"
    "Mortgage lenders are expected to pass the increase on to borrowers within weeks.";

inline constexpr const char* kReprint =
    "By Staff Writers, Evening Courier\n\n"
    "The Bank of England raised its main interest rate by a quarter "
    "point to 4.75 percent on Thursday, the first increase in eight months.\n\n"
    "The central bank said rising house prices and strong consumer spending threatened to "
    "push inflation above its two percent target next year.\n\n"
    "Economists had been divided over the decision, with a narrow majority expecting the "
    "bank to wait until the summer.\n\n"
    "Governor Mervyn King told reporters that the committee had voted seven to two in "
    "favour of the move.\n\n"
    "The pound rose against the dollar after the announcement, while shares in house "
    "builders fell sharply in London trading.\n\n"
    "Mortgage lenders are expected to pass the increase on to borrowers within weeks.\n\n"
    "Copyright 2005 Evening Courier. All rights reserved.";

inline constexpr const char* kOtherStory =
    "LONDON (Reuters) - The Bank of England left its main interest rate unchanged at 4.75 "
    "percent on Thursday, as expected by most economists.\n\n"
    "The bank gave no statement with its decision, which came a month after it raised "
    "rates for the first time in eight months.\n\n"
    "House prices have cooled since the last rise, according to figures from the biggest "
    "mortgage lenders, and retail sales slowed in the spring.\n\n"
    "Minutes of the meeting will be published in two weeks and will show how the nine "
    "members of the committee voted.";

}  // namespace kg::test::stories
