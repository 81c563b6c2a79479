//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::search_code`].
#[derive(Debug, Clone, PartialEq)]
pub struct SearchCodeParams {
    /// The query contains one or more search keywords and qualifiers. Qualifiers allow you to limit your search to specific areas of GitHub. The REST API supports the same qualifiers as the web interface for GitHub. To learn more about the format of the query, see [Constructing a search query](https://docs.github.com/rest/search/search#constructing-a-search-query). See "[Searching code](https://docs.github.com/search-github/searching-on-github/searching-code)" for a detailed list of qualifiers.
    pub q: ::std::string::String,
    /// **This field is closing down.** Sorts the results of your query. Can only be `indexed`, which indicates how recently a file has been indexed by the GitHub search infrastructure. Default: [best match](https://docs.github.com/rest/search/search#ranking-search-results)
    pub sort: ::std::option::Option<super::types::SearchCodeSort>,
    /// **This field is closing down.** Determines whether the first search result returned is the highest number of matches (`desc`) or lowest number of matches (`asc`). This parameter is ignored unless you provide `sort`.
    pub order: ::std::option::Option<super::types::SearchCodeOrder>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
impl SearchCodeParams {
    /// A value with the required parameters given and every optional one absent (set those
    /// with the chained setters).
    #[allow(clippy::too_many_arguments)]
    pub fn new(q: ::std::string::String) -> Self {
        Self {
            q,
            sort: ::std::option::Option::None,
            order: ::std::option::Option::None,
            per_page: ::std::option::Option::None,
            page: ::std::option::Option::None,
        }
    }
    /// Sets `sort`.
    #[must_use]
    pub fn sort(
        mut self,
        value: impl ::std::convert::Into<super::types::SearchCodeSort>,
    ) -> Self {
        self.sort = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order`.
    #[must_use]
    pub fn order(
        mut self,
        value: impl ::std::convert::Into<super::types::SearchCodeOrder>,
    ) -> Self {
        self.order = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `per_page`.
    #[must_use]
    pub fn per_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.per_page = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page = ::std::option::Option::Some(value.into());
        self
    }
}
/// Documented error responses of [`super::Client::search_code`].
#[derive(Debug, Clone, PartialEq)]
pub enum SearchCodeError {
    /// Not modified
    NotModified,
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl super::Client {
    /// Search code
    ///
    /// Searches for query terms inside of a file. This method returns up to 100 results [per page](https://docs.github.com/rest/guides/using-pagination-in-the-rest-api).
    ///
    /// When searching for code, you can get text match metadata for the file **content** and file **path** fields when you pass the `text-match` media type. For more details about how to receive highlighted search results, see [Text match metadata](https://docs.github.com/rest/search/search#text-match-metadata).
    ///
    /// For example, if you want to find the definition of the `addClass` function inside [jQuery](https://github.com/jquery/jquery) repository, your query would look something like this:
    ///
    /// `q=addClass+in:file+language:js+repo:jquery/jquery`
    ///
    /// This query searches for the keyword `addClass` within a file's contents. The query limits the search to files where the language is JavaScript in the `jquery/jquery` repository.
    ///
    /// Considerations for code search:
    ///
    /// Due to the complexity of searching code, there are a few restrictions on how searches are performed:
    ///
    /// *   Only the _default branch_ is considered. In most cases, this will be the `master` branch.
    /// *   Only files smaller than 384 KB are searchable.
    /// *   You must always include at least one search term when searching source code. For example, searching for [`language:go`](https://github.com/search?utf8=%E2%9C%93&q=language%3Ago&type=Code) is not valid, while [`amazing
    /// language:go`](https://github.com/search?utf8=%E2%9C%93&q=amazing+language%3Ago&type=Code) is.
    ///
    /// This endpoint requires you to authenticate and limits you to 10 requests per minute.
    ///
    /// `GET /search/code`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn search_code(
        &self,
        params: &SearchCodeParams,
    ) -> ::std::result::Result<
        super::types::SearchCodeOkBody,
        super::Error<SearchCodeError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/search/code");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        {
            let v = &params.q;
            let v = super::runtime::to_value("q", v)?;
            super::runtime::push_param(&mut query, "q", &v, "form", true);
        }
        if let Some(v) = &params.sort {
            let v = super::runtime::to_value("sort", v)?;
            super::runtime::push_param(&mut query, "sort", &v, "form", true);
        }
        if let Some(v) = &params.order {
            let v = super::runtime::to_value("order", v)?;
            super::runtime::push_param(&mut query, "order", &v, "form", true);
        }
        if let Some(v) = &params.per_page {
            let v = super::runtime::to_value("per_page", v)?;
            super::runtime::push_param(&mut query, "per_page", &v, "form", true);
        }
        if let Some(v) = &params.page {
            let v = super::runtime::to_value("page", v)?;
            super::runtime::push_param(&mut query, "page", &v, "form", true);
        }
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("search_code", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "search/code", method = "GET", path =
            "/search/code", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("search_code", status, &response_headers);
        match status {
            200 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::SearchCodeOkBody,
                        SearchCodeError,
                    >(status, &bytes)?,
                )
            }
            304 => Err(super::Error::Api(SearchCodeError::NotModified)),
            403 => {
                Err(
                    super::Error::Api(
                        SearchCodeError::Forbidden(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                SearchCodeError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            422 => {
                Err(
                    super::Error::Api(
                        SearchCodeError::UnprocessableEntity(
                            super::runtime::decode_json::<
                                super::types::ValidationError,
                                SearchCodeError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    super::Error::Api(
                        SearchCodeError::ServiceUnavailable(
                            super::runtime::decode_json::<
                                super::types::IssuesCreateServiceUnavailableBody,
                                SearchCodeError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
    /// Streaming variant of [`Self::search_code`].
    ///
    /// Pages are fetched by `page` number, one after the other, until one is empty.
    ///
    /// Each item comes as its page arrives; a page is fetched when the one before is used up. The stream ends after the last page, or with an error item (a failed page, a server that repeats a page or a cursor, or `runtime::MAX_PAGES` pages). `StreamExt::take` stops it earlier.
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub fn search_code_stream<'a>(
        &'a self,
        params: SearchCodeParams,
    ) -> super::runtime::ItemStream<
        'a,
        super::types::CodeSearchResultItem,
        SearchCodeError,
    > {
        super::runtime::paginate(move |cursor: ::std::option::Option<i64>| {
            let mut params = params.clone();
            if let Some(c) = cursor {
                params.page = Some(c);
            }
            let current = params.page.unwrap_or(1);
            async move {
                let page = self.search_code(&params).await?;
                let items: ::std::vec::Vec<super::types::CodeSearchResultItem> = page
                    .items;
                let next = Some(current + 1);
                Ok(super::runtime::Page {
                    items,
                    next,
                    status: 200,
                })
            }
        })
    }
}
