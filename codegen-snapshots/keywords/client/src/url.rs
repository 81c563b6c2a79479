//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::url`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlParams {
    pub url2: ::std::option::Option<::std::string::String>,
    pub url3: ::std::option::Option<::std::string::String>,
    pub url4: ::std::option::Option<::std::string::String>,
}
impl UrlParams {
    /// Sets `url2`.
    #[must_use]
    pub fn url2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `url3`.
    #[must_use]
    pub fn url3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `url4`.
    #[must_use]
    pub fn url4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::url`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlOkHeaders {
    pub url: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::url`].
#[derive(Debug, Clone, PartialEq)]
pub enum UrlResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UrlOkHeaders },
}
/// Documented error responses of [`super::Client::url`].
#[derive(Debug, Clone, PartialEq)]
pub enum UrlError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::url_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UrlPostError {}
impl super::Client {
    /// */ operation Url "#
    ///
    /// `GET /op156/{Url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn url(
        &self,
        url_param: &str,
        params: &UrlParams,
    ) -> ::std::result::Result<UrlResponse, super::Error<UrlError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op156/");
        url.push_str(
            &super::runtime::path_param(
                "Url",
                &super::runtime::to_value("Url", &url_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.url2 {
            let v = super::runtime::to_value("Url", v)?;
            super::runtime::push_param(&mut query, "Url", &v, "form", true);
        }
        if let Some(v) = &params.url3 {
            let v = super::runtime::to_value("Url", v)?;
            headers.push(("Url", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.url4 {
            let v = super::runtime::to_value("Url", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Url", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[156usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("url", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Url", method = "GET", path =
            "/op156/{Url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("url", status, &response_headers);
        match status {
            200 => {
                let headers = UrlOkHeaders {
                    url: super::runtime::optional_header(
                        &response_headers,
                        "Url",
                        status,
                    )?,
                };
                Ok(UrlResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UrlError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UrlError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UrlError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op156/{Url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn url_post(
        &self,
        url_param: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UrlPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op156/");
        url.push_str(
            &super::runtime::path_param(
                "Url",
                &super::runtime::to_value("Url", &url_param)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("url_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Url_post", method = "POST", path =
            "/op156/{Url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("url_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UrlPostError,
                    >(status, &bytes)?,
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
}
