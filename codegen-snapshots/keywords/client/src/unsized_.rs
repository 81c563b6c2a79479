//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::unsized`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsizedParams {
    pub unsized2: ::std::option::Option<::std::string::String>,
    pub unsized3: ::std::option::Option<::std::string::String>,
    pub unsized4: ::std::option::Option<::std::string::String>,
}
impl UnsizedParams {
    /// Sets `unsized2`.
    #[must_use]
    pub fn unsized2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsized2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsized3`.
    #[must_use]
    pub fn unsized3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsized3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsized4`.
    #[must_use]
    pub fn unsized4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unsized4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::unsized`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsizedOkHeaders {
    pub r#unsized: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::unsized`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsizedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnsizedOkHeaders },
}
/// Documented error responses of [`super::Client::unsized`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsizedError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::unsized_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum UnsizedPostError {}
impl super::Client {
    /// */ operation unsized "#
    ///
    /// `GET /op47/{unsized}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#unsized(
        &self,
        r#unsized: &str,
        params: &UnsizedParams,
    ) -> ::std::result::Result<UnsizedResponse, super::Error<UnsizedError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op47/");
        url.push_str(
            &super::runtime::path_param(
                "unsized",
                &super::runtime::to_value("unsized", &r#unsized)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.unsized2 {
            let v = super::runtime::to_value("unsized", v)?;
            super::runtime::push_param(&mut query, "unsized", &v, "form", true);
        }
        if let Some(v) = &params.unsized3 {
            let v = super::runtime::to_value("unsized", v)?;
            headers.push(("unsized", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.unsized4 {
            let v = super::runtime::to_value("unsized", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "unsized", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[47usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("unsized", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "unsized", method = "GET", path =
            "/op47/{unsized}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unsized", status, &response_headers);
        match status {
            200 => {
                let headers = UnsizedOkHeaders {
                    r#unsized: super::runtime::optional_header(
                        &response_headers,
                        "unsized",
                        status,
                    )?,
                };
                Ok(UnsizedResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        UnsizedError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(UnsizedError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            UnsizedError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op47/{unsized}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn unsized_post(
        &self,
        r#unsized: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<UnsizedPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op47/");
        url.push_str(
            &super::runtime::path_param(
                "unsized",
                &super::runtime::to_value("unsized", &r#unsized)?,
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
            .run_request_hooks("unsized_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "unsized_post", method = "POST", path =
            "/op47/{unsized}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("unsized_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        UnsizedPostError,
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
