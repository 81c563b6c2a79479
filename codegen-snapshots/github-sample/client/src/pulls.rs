//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::pulls_list_files`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PullsListFilesParams {
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
impl PullsListFilesParams {
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
/// Headers of the Ok response of [`super::Client::pulls_list_files`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PullsListFilesOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::pulls_list_files`].
#[derive(Debug, Clone, PartialEq)]
pub enum PullsListFilesResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::DiffEntry>,
        headers: PullsListFilesOkHeaders,
    },
}
/// Documented error responses of [`super::Client::pulls_list_files`].
#[derive(Debug, Clone, PartialEq)]
pub enum PullsListFilesError {
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Internal Error
    InternalServerError(super::types::BasicError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl super::Client {
    /// List pull requests files
    ///
    /// Lists the files in a specified pull request.
    ///
    /// > [!NOTE]
    /// > Responses include a maximum of 3000 files. The paginated response returns 30 files per page by default.
    ///
    /// This endpoint supports the following custom media types. For more information, see "[Media types](https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types)."
    ///
    /// - **`application/vnd.github.raw+json`**: Returns the raw markdown body. Response will include `body`. This is the default if you do not pass any specific media type.
    /// - **`application/vnd.github.text+json`**: Returns a text only representation of the markdown body. Response will include `body_text`.
    /// - **`application/vnd.github.html+json`**: Returns HTML rendered from the body's markdown. Response will include `body_html`.
    /// - **`application/vnd.github.full+json`**: Returns raw, text, and HTML representations. Response will include `body`, `body_text`, and `body_html`.
    ///
    /// `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn pulls_list_files(
        &self,
        owner: &str,
        repo: &str,
        pull_number: i64,
        params: &PullsListFilesParams,
    ) -> ::std::result::Result<
        PullsListFilesResponse,
        super::Error<PullsListFilesError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/repos/");
        url.push_str(
            &super::runtime::path_param(
                "owner",
                &super::runtime::to_value("owner", &owner)?,
                "simple",
                false,
            ),
        );
        url.push_str("/");
        url.push_str(
            &super::runtime::path_param(
                "repo",
                &super::runtime::to_value("repo", &repo)?,
                "simple",
                false,
            ),
        );
        url.push_str("/pulls/");
        url.push_str(
            &super::runtime::path_param(
                "pull_number",
                &super::runtime::to_value("pull_number", &pull_number)?,
                "simple",
                false,
            ),
        );
        url.push_str("/files");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
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
            .run_request_hooks("pulls_list_files", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "pulls/list-files", method = "GET", path =
            "/repos/{owner}/{repo}/pulls/{pull_number}/files", status =
            ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("pulls_list_files", status, &response_headers);
        match status {
            200 => {
                let headers = PullsListFilesOkHeaders {
                    link: super::runtime::optional_header(
                        &response_headers,
                        "Link",
                        status,
                    )?,
                };
                Ok(PullsListFilesResponse::Ok {
                    body: super::runtime::decode_json::<
                        ::std::vec::Vec<super::types::DiffEntry>,
                        PullsListFilesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            422 => {
                Err(
                    super::Error::Api(
                        PullsListFilesError::UnprocessableEntity(
                            super::runtime::decode_json::<
                                super::types::ValidationError,
                                PullsListFilesError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            500 => {
                Err(
                    super::Error::Api(
                        PullsListFilesError::InternalServerError(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                PullsListFilesError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            503 => {
                Err(
                    super::Error::Api(
                        PullsListFilesError::ServiceUnavailable(
                            super::runtime::decode_json::<
                                super::types::IssuesCreateServiceUnavailableBody,
                                PullsListFilesError,
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
    /// Streaming variant of [`Self::pulls_list_files`].
    ///
    /// Pages are followed through the `Link` header's `rel="next"` URL (its `page` parameter).
    ///
    /// Each item comes as its page arrives; a page is fetched when the one before is used up. The stream ends after the last page, or with an error item (a failed page, a server that repeats a page or a cursor, or `runtime::MAX_PAGES` pages). `StreamExt::take` stops it earlier.
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub fn pulls_list_files_stream<'a>(
        &'a self,
        owner: &'a str,
        repo: &'a str,
        pull_number: i64,
        params: PullsListFilesParams,
    ) -> super::runtime::ItemStream<'a, super::types::DiffEntry, PullsListFilesError> {
        super::runtime::paginate(move |cursor: ::std::option::Option<i64>| {
            let mut params = params.clone();
            let owner = owner;
            let repo = repo;
            let pull_number = pull_number.clone();
            if let Some(c) = cursor {
                params.page = Some(c);
            }
            async move {
                let PullsListFilesResponse::Ok { body: page, headers } = self
                    .pulls_list_files(owner, repo, pull_number, &params)
                    .await?;
                let items: ::std::vec::Vec<super::types::DiffEntry> = page;
                let next = headers
                    .link
                    .as_deref()
                    .and_then(super::runtime::next_link_in)
                    .and_then(|u| super::runtime::query_value(&u, "page"))
                    .and_then(|v| v.parse::<i64>().ok());
                Ok(super::runtime::Page {
                    items,
                    next,
                    status: 200,
                })
            }
        })
    }
}
