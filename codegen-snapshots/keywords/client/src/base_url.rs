//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::base_url2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseUrl2Params {
    pub base_url2: ::std::option::Option<::std::string::String>,
    pub base_url3: ::std::option::Option<::std::string::String>,
    pub base_url4: ::std::option::Option<::std::string::String>,
}
impl BaseUrl2Params {
    /// Sets `base_url2`.
    #[must_use]
    pub fn base_url2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_url3`.
    #[must_use]
    pub fn base_url3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_url4`.
    #[must_use]
    pub fn base_url4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::base_url2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseUrl2OkHeaders {
    pub base_url: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::base_url2`].
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrl2Response {
    /// ok
    Ok { body: super::types::Everything, headers: BaseUrl2OkHeaders },
}
/// Documented error responses of [`super::Client::base_url2`].
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrl2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::base_url_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BaseUrlPostError {}
impl super::Client {
    /// */ operation base_url "#
    ///
    /// `GET /op167/{base_url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn base_url2(
        &self,
        base_url: &str,
        params: &BaseUrl2Params,
    ) -> ::std::result::Result<BaseUrl2Response, super::Error<BaseUrl2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op167/");
        url.push_str(
            &super::runtime::path_param(
                "base_url",
                &super::runtime::to_value("base_url", &base_url)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.base_url2 {
            let v = super::runtime::to_value("base_url", v)?;
            super::runtime::push_param(&mut query, "base_url", &v, "form", true);
        }
        if let Some(v) = &params.base_url3 {
            let v = super::runtime::to_value("base_url", v)?;
            headers.push(("base_url", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.base_url4 {
            let v = super::runtime::to_value("base_url", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "base_url", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[167usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("base_url2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "base_url", method = "GET", path =
            "/op167/{base_url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("base_url2", status, &response_headers);
        match status {
            200 => {
                let headers = BaseUrl2OkHeaders {
                    base_url: super::runtime::optional_header(
                        &response_headers,
                        "base_url",
                        status,
                    )?,
                };
                Ok(BaseUrl2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BaseUrl2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BaseUrl2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BaseUrl2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op167/{base_url}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn base_url_post(
        &self,
        base_url: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BaseUrlPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op167/");
        url.push_str(
            &super::runtime::path_param(
                "base_url",
                &super::runtime::to_value("base_url", &base_url)?,
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
            .run_request_hooks("base_url_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "base_url_post", method = "POST", path =
            "/op167/{base_url}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("base_url_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BaseUrlPostError,
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
