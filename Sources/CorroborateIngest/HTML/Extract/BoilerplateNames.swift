/// What the words in `class`, `id` and `role` values say about an element: page furniture
/// (comments, share bars, related stories, navigation, ads, sign-up boxes), article parts
/// (bylines, dates, captions) or the article body itself.
///
/// The keyword lists follow the conventions shared by CMSs, readability-style extractors and
/// the HTML specification's ARIA roles; a few common non-English forms are included because
/// the same templates are used worldwide.
enum BoilerplateNames {
    static let comments: UInt64 = 1 << 0
    static let share: UInt64 = 1 << 1
    static let related: UInt64 = 1 << 2
    static let navigation: UInt64 = 1 << 3
    static let sidebar: UInt64 = 1 << 4
    static let footer: UInt64 = 1 << 5
    static let header: UInt64 = 1 << 6
    static let ads: UInt64 = 1 << 7
    static let subscribe: UInt64 = 1 << 8
    static let meta: UInt64 = 1 << 9
    static let caption: UInt64 = 1 << 10
    static let tags: UInt64 = 1 << 11
    static let hidden: UInt64 = 1 << 12
    static let commentary: UInt64 = 1 << 13
    static let byline: UInt64 = 1 << 14
    static let date: UInt64 = 1 << 15
    static let positive: UInt64 = 1 << 16
    static let strongPositive: UInt64 = 1 << 17
    static let weakNegative: UInt64 = 1 << 18
    static let headline: UInt64 = 1 << 19

    /// Furniture whose whole subtree is dropped.
    static let furniture: UInt64 = comments | share | related | navigation | sidebar | footer | header | ads | subscribe | tags | hidden
    /// Furniture that never wraps the article: dropped even when also named as content.
    static let hardFurniture: UInt64 = share | related | ads | subscribe | tags

    static let matcher = KeywordMatcher(keywords)

    private static let keywords: [(String, UInt64)] = {
        var list: [(String, UInt64)] = []
        func add(_ bits: UInt64, _ words: String) {
            for w in words.split(separator: " ") { list.append((String(w), bits)) }
        }
        add(comments, "comment disqus |respond| |replies| |reply| talkback |discussion| kommentar comentario commentaire |forum| |guestbook|")
        add(commentary, "commentary")
        add(share, "share sharing social sociable addthis |tweet| |print| printer |email| |mail| bookmark |follow| shareaholic sharethis partager compartir teilen")
        add(related, "related recommend |more|stories morestories alsoread also|read |popular| mostpopular most|popular mostread most|read most|viewed mostviewed trending outbrain taboola zergnet |promo| promobox |teaser| |teasers| |read|next| readnext otherstories other|stories |more|news| |morenews| |newsfeed| |headlines| |latest| |recirc|")
        add(navigation, "|nav| navbar navigation subnav topnav mainnav |menu| menubar breadcrumb pagination |pager| |paging| |skip| skiplink masthead topbar toolbar |tabs| |jump| |crumbs| |sitemap| |search| searchbox searchform")
        add(sidebar, "sidebar side|bar |aside| |rail| rightrail right|rail widget |sidebox| |side|")
        add(footer, "footer |foot| copyright |legal| disclaimer |colophon|")
        add(header, "header |head| |topper| |banner|")
        add(ads, "|ad| |ads| advert adsense adslot adunit adbox adwrap adcontainer |adv| sponsor |dfp| |gpt| billboard doubleclick werbung anzeige publicidad |pub| reklam |commercial| |affiliate| |native|ad")
        add(subscribe, "newsletter subscribe subscription signup sign|up |login| |register| paywall regwall cookie consent gdpr popup |modal| |overlay| |cta| |donate| |membership|")
        add(meta, "|meta| postmeta post|meta entrymeta entry|meta articlemeta article|meta |info| |details| |toolbar|")
        add(byline, "byline by|line |author| authors |writer| |credit| |credits| |source|")
        add(date, "dateline |date datestamp pubdate postdate storydate articledate newsdate entrydate timestamp |time| published pubdate |posted| |updated| |datetime|")
        add(caption, "caption |credit| wp|caption figcaption |legend| |photo|credit| photocredit")
        add(tags, "|tags| |tag| tagcloud tag|list taglist |keywords| |topics| |categories| |category|")
        add(hidden, "|hidden| |hide| visually|hidden sr|only screen|reader |invisible| |offscreen| display|none |noprint| |print|only|")
        add(positive, "article |content| |entry| story |post| |body| |text| |main| |blog| |hentry| h|entry |page| |column|")
        add(strongPositive, "articlebody article|body storybody story|body entry|content entrycontent post|content postcontent postbody post|body article|content articlecontent story|content storycontent main|content maincontent article|text articletext story|text storytext body|text bodytext content|body contentbody |itemprop|articlebody news|body newsbody article|entry text|article")
        add(headline, "headline |hed| |title| heading articletitle article|title storytitle story|title posttitle post|title entrytitle entry|title |headertitle| newstitle news|title")
        add(weakNegative, "|extra| |aside| |hint| |note| |links| |list| |bottom| |top| |small| |shoutbox| |sponsor| |meta| |contact|")
        return list
    }()

    /// Roles that mark furniture (ARIA landmark and widget roles).
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "toolbar", "tablist", "form",
    ]
}
