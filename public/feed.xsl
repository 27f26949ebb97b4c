<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed as a readable page when it is opened in a browser. Feed readers ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/> (RSS feed)</title>
        <style>
          :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
          body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
          .note { padding: 0.75rem 1rem; border: 1px solid #8885; border-radius: 0.5rem; }
          code { word-break: break-all; }
          article { border-top: 1px solid #8884; padding: 0.5rem 0; }
          h2 { font-size: 1.1rem; margin-bottom: 0.25rem; }
          time { color: #777; font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <main>
          <p class="note">
            This is an RSS feed. Copy its address, <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code>,
            into a feed reader to hear of every new item.
          </p>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <p><a href="{/rss/channel/link}">Visit the site</a></p>
          <xsl:for-each select="/rss/channel/item">
            <article>
              <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
              <time><xsl:value-of select="pubDate"/></time>
              <p><xsl:value-of select="description"/></p>
            </article>
          </xsl:for-each>
          <xsl:if test="not(/rss/channel/item)">
            <p>Nothing has been published in this feed yet.</p>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
