//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::header_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeaderMapParams {
    pub header_map2: ::std::option::Option<::std::string::String>,
    pub header_map3: ::std::option::Option<::std::string::String>,
    pub header_map4: ::std::option::Option<::std::string::String>,
}
impl HeaderMapParams {
    /// Sets `header_map2`.
    #[must_use]
    pub fn header_map2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.header_map2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `header_map3`.
    #[must_use]
    pub fn header_map3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.header_map3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `header_map4`.
    #[must_use]
    pub fn header_map4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.header_map4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::header_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeaderMapOkHeaders {
    pub header_map: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::header_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HeaderMapOkHeaders },
}
/// Documented error responses of [`super::Client::header_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderMapError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::header_map_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderMapPostError {}
impl super::Client {
    /// */ operation HeaderMap "#
    ///
    /// `GET /op159/{HeaderMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn header_map(
        &self,
        header_map: &str,
        params: &HeaderMapParams,
    ) -> ::std::result::Result<HeaderMapResponse, super::Error<HeaderMapError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op159/");
        url.push_str(
            &super::runtime::path_param(
                "HeaderMap",
                &super::runtime::to_value("HeaderMap", &header_map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.header_map2 {
            let v = super::runtime::to_value("HeaderMap", v)?;
            super::runtime::push_param(&mut query, "HeaderMap", &v, "form", true);
        }
        if let Some(v) = &params.header_map3 {
            let v = super::runtime::to_value("HeaderMap", v)?;
            headers.push(("HeaderMap", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.header_map4 {
            let v = super::runtime::to_value("HeaderMap", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "HeaderMap", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[159usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("header_map", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "HeaderMap", method = "GET", path =
            "/op159/{HeaderMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("header_map", status, &response_headers);
        match status {
            200 => {
                let headers = HeaderMapOkHeaders {
                    header_map: super::runtime::optional_header(
                        &response_headers,
                        "HeaderMap",
                        status,
                    )?,
                };
                Ok(HeaderMapResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HeaderMapError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HeaderMapError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HeaderMapError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op159/{HeaderMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn header_map_post(
        &self,
        header_map: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<HeaderMapPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op159/");
        url.push_str(
            &super::runtime::path_param(
                "HeaderMap",
                &super::runtime::to_value("HeaderMap", &header_map)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("header_map_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "HeaderMap_post", method = "POST", path =
            "/op159/{HeaderMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("header_map_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HeaderMapPostError,
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
