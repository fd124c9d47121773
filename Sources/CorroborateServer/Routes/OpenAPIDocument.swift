/// The API described for clients, served at `/openapi.json`. Written by hand and checked
/// against the routes by the server tests and with `openapi-spec-validator` (see DEVELOPERS).
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Corroborate",
            "version": "1.0.0",
            "summary": "Stories, articles and search over a Corroborate collection.",
            "description": "Read-only routes answer with JSON. A story or an article is returned as a corroborate/1 document (docs/JSON.md): offsets are Unicode scalar offsets into each article's text. Uploads need a bearer token. Every error is JSON: {\"error\": {\"status\", \"code\", \"message\"}}."
          },
          "servers": [{"url": "http://127.0.0.1:8080"}],
          "paths": {
            "/api/stories": {
              "get": {
                "operationId": "listStories",
                "summary": "Stories, the most recently updated first",
                "parameters": [{"$ref": "#/components/parameters/offset"}, {"$ref": "#/components/parameters/limit"}],
                "responses": {
                  "200": {"description": "A page of stories", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["offset", "limit", "stories"],
                    "properties": {
                      "offset": {"type": "integer"}, "limit": {"type": "integer"},
                      "stories": {"type": "array", "items": {"$ref": "#/components/schemas/StorySummary"}}
                    }}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/stories/{id}": {
              "get": {
                "operationId": "getStory",
                "summary": "One story: its articles' analyses, comparisons and timeline",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^s[0-9]+$"}, "example": "s1"}],
                "responses": {
                  "200": {"description": "The story as a corroborate/1 document with one story", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CorroborateDocument"}}}},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/articles": {
              "get": {
                "operationId": "listArticles",
                "summary": "Articles, the most recently added first",
                "parameters": [{"$ref": "#/components/parameters/offset"}, {"$ref": "#/components/parameters/limit"}],
                "responses": {
                  "200": {"description": "A page of articles", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["offset", "limit", "articles"],
                    "properties": {
                      "offset": {"type": "integer"}, "limit": {"type": "integer"},
                      "articles": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}
                    }}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              },
              "post": {
                "operationId": "addArticles",
                "summary": "Ingest articles: a plain-text article, JSON Lines, or an HTML page",
                "security": [{"bearer": []}],
                "parameters": [
                  {"name": "format", "in": "query", "required": false, "schema": {"type": "string", "enum": ["text", "jsonl", "html", "feed"]}, "description": "Overrides the Content-Type; without either the bytes are sniffed."},
                  {"name": "source", "in": "query", "required": false, "schema": {"type": "string", "maxLength": 200}, "description": "A name for the upload, kept as the articles' source."}
                ],
                "requestBody": {
                  "required": true,
                  "description": "The input's bytes, at most the server's body limit (4 MiB by default).",
                  "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "application/x-ndjson": {"schema": {"type": "string"}},
                    "text/html": {"schema": {"type": "string"}}
                  }
                },
                "responses": {
                  "201": {"description": "Articles were added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestReport"}}}},
                  "200": {"description": "Nothing new: every article was already in the collection", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestReport"}}}},
                  "400": {"$ref": "#/components/responses/Error"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/articles/{id}": {
              "get": {
                "operationId": "getArticle",
                "summary": "One article with its analysis, dated and linked within its story",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "The article as a corroborate/1 document with one article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CorroborateDocument"}}}},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/search": {
              "get": {
                "operationId": "search",
                "summary": "Full-text search over titles and texts",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 500}, "description": "Every word must occur; the last may be the start of a word."},
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
                ],
                "responses": {
                  "200": {"description": "The best matches first", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["query", "hits"],
                    "properties": {
                      "query": {"type": "string"},
                      "hits": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}}
                    }}}}},
                  "400": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/collection": {
              "get": {
                "operationId": "getCollection",
                "summary": "How big the collection is",
                "responses": {
                  "200": {"description": "Counts and version", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CollectionStats"}}}}
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "getOpenAPI",
                "summary": "This document",
                "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearer": {"type": "http", "scheme": "bearer", "description": "The token given to corroborate serve with --token or CORROBORATE_TOKEN."}
            },
            "parameters": {
              "offset": {"name": "offset", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 0, "default": 0}},
              "limit": {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}}
            },
            "responses": {
              "Error": {"description": "What went wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
              "StorySummary": {
                "type": "object",
                "required": ["id", "title", "articles", "sources", "conflicts", "agreements", "updated"],
                "properties": {
                  "id": {"type": "string", "examples": ["s1"]},
                  "title": {"type": "string"},
                  "articles": {"type": "integer"},
                  "sources": {"type": "integer", "description": "Distinct outlets"},
                  "conflicts": {"type": "integer"},
                  "agreements": {"type": "integer"},
                  "firstPublished": {"$ref": "#/components/schemas/Date"},
                  "lastPublished": {"$ref": "#/components/schemas/Date"},
                  "updated": {"type": "string", "format": "date-time", "description": "When an article last joined the story (UTC)"}
                }
              },
              "ArticleSummary": {
                "type": "object",
                "required": ["id", "source", "story", "added"],
                "properties": {
                  "id": {"type": "string"},
                  "title": {"type": "string"},
                  "outlet": {"type": "string"},
                  "published": {"$ref": "#/components/schemas/Date"},
                  "source": {"type": "string"},
                  "story": {"type": "string"},
                  "added": {"type": "string", "format": "date-time"}
                }
              },
              "SearchHit": {
                "type": "object",
                "required": ["article", "snippet", "score"],
                "properties": {
                  "article": {"$ref": "#/components/schemas/ArticleSummary"},
                  "snippet": {"type": "string", "description": "A passage of the text; matched words lie between U+E000 and U+E001."},
                  "score": {"type": "number", "description": "Larger is better; comparable within one search"}
                }
              },
              "CollectionStats": {
                "type": "object",
                "required": ["articles", "stories", "inputs", "pending", "version"],
                "properties": {
                  "articles": {"type": "integer"}, "stories": {"type": "integer"}, "inputs": {"type": "integer"},
                  "pending": {"type": "integer", "description": "Inputs queued and not yet processed"},
                  "version": {"type": "integer", "description": "Grows with every committed write"}
                }
              },
              "Notice": {
                "type": "object",
                "required": ["source", "code", "message"],
                "properties": {"source": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}
              },
              "IngestReport": {
                "type": "object",
                "required": ["inputs", "skipped", "articles", "stories", "duplicates", "errors"],
                "properties": {
                  "inputs": {"type": "integer", "description": "Inputs kept"},
                  "skipped": {"type": "integer", "description": "Inputs already in the collection"},
                  "articles": {"type": "integer", "description": "Articles added"},
                  "stories": {"type": "integer", "description": "Stories started"},
                  "duplicates": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}},
                  "errors": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}
                }
              },
              "CorroborateDocument": {
                "type": "object",
                "description": "The corroborate/1 JSON contract: see docs/JSON.md and docs/corroborate-1.schema.json.",
                "required": ["schema", "articles", "entities", "stories"],
                "properties": {
                  "schema": {"const": "corroborate/1"},
                  "generator": {"type": "string"},
                  "articles": {"type": "array", "items": {"type": "object"}},
                  "entities": {"type": "array", "items": {"type": "object"}},
                  "stories": {"type": "array", "items": {"type": "object"}},
                  "errors": {"type": "array"},
                  "duplicates": {"type": "array"}
                }
              },
              "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {
                  "error": {
                    "type": "object",
                    "required": ["status", "code", "message"],
                    "properties": {"status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}}
                  }
                }
              }
            }
          }
        }
        """#
}
